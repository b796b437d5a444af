import type { Key } from "ink";
import type { LineEdit } from "./line-input.js";
import { safeText } from "./text/safe-text.js";

/** What a key asks the viewer to do, whatever key it was (↓ and j are both "down"). */
export type Command =
  | "up"
  | "down"
  | "open"
  | "back"
  | "tab"
  | "pageUp"
  | "pageDown"
  | "space"
  | "top"
  | "bottom"
  | "search"
  | "next"
  | "previous"
  | "data"
  | "transfers"
  | "language"
  | "help"
  | "warnings"
  | "quit"
  | "escape"
  | "submit"
  | LineEdit;

const letters: Readonly<Record<string, Command>> = {
  k: "up",
  j: "down",
  h: "back",
  " ": "space",
  g: "top",
  G: "bottom",
  "/": "search",
  n: "next",
  N: "previous",
  d: "data",
  t: "transfers",
  l: "language",
  "?": "help",
  w: "warnings",
  q: "quit",
};

const noKey: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/**
 * Keys typed faster than ink reads them arrive as one string ("jjj", "/ip\r"), which ink hands
 * over like pasted text. Split into one key per character, so each is read in the state the key
 * before left (after "/", "ip" is search text).
 */
export function splitKeys(input: string, key: Key): (readonly [string, Key])[] {
  const chars = Array.from(input);
  if (chars.length < 2 || key.ctrl || key.meta) return [[input, key]];
  return chars.map((char) => {
    if (char === "\r") return ["", { ...noKey, return: true }] as const;
    if (char === "\t") return ["", { ...noKey, tab: true }] as const;
    if (char === "\u007f" || char === "\b") return ["", { ...noKey, backspace: true }] as const;
    return [char, { ...noKey, shift: char !== char.toLowerCase() }] as const;
  });
}

/**
 * Ink's key event as a command. While a line takes text (`typing`: the search, the data view's
 * filter), letters are text, the arrows, Home, End, Ctrl-A, Ctrl-E, Ctrl-U and Ctrl-W edit it, and
 * Enter, Esc and Ctrl-C keep their meaning.
 */
export function keyCommand(input: string, key: Key, typing: boolean): Command | null {
  if (key.ctrl && input === "c") return "quit";
  if (key.escape) return "escape";
  if (typing) {
    if (key.return) return "submit";
    if (key.backspace || key.delete) return "backspace";
    if (key.leftArrow) return "cursorLeft";
    if (key.rightArrow) return "cursorRight";
    if (key.home || (key.ctrl && input === "a")) return "lineStart";
    if (key.end || (key.ctrl && input === "e")) return "lineEnd";
    if (key.ctrl && input === "u") return "deleteToStart";
    if (key.ctrl && input === "w") return "deleteWord";
    if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow) return null;
    // Pasted text may carry escape sequences or line breaks: only printable text goes into the query.
    const text = safeText(input);
    return text === "" ? null : { input: text };
  }
  if (key.upArrow) return "up";
  if (key.downArrow) return "down";
  if (key.return || key.rightArrow) return "open";
  if (key.leftArrow) return "back";
  if (key.tab) return "tab";
  if (key.pageUp) return "pageUp";
  if (key.pageDown) return "pageDown";
  if (key.home) return "top";
  if (key.end) return "bottom";
  if (key.ctrl || key.meta) return null;
  return letters[input] ?? null;
}
