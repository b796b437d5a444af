import { useInput } from "ink";
import { keyCommand, splitKeys, type Command } from "./key-command.js";

/**
 * Calls `onCommand` for every key the viewer knows; other keys do nothing. `typing` says whether
 * the search line takes text, asked again before each key, since a key can open the search line
 * for the next one.
 */
export function useKeys(onCommand: (command: Command) => void, typing: () => boolean): void {
  useInput((input, key) => {
    for (const [char, charKey] of splitKeys(input, key)) {
      const command = keyCommand(char, charKey, typing());
      if (command !== null) onCommand(command);
    }
  });
}
