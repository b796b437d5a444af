/**
 * A line being typed (the search, the data view's filter): its text and the cursor, counted in
 * characters (code points, so an emoji is one step). The keys are the shell's: ← → Home End,
 * Ctrl-A and Ctrl-E, Backspace, Ctrl-U (delete to the start) and Ctrl-W (delete the word before).
 */
export interface LineInput {
  readonly text: string;
  readonly cursor: number;
}

export type LineEdit =
  | "cursorLeft"
  | "cursorRight"
  | "lineStart"
  | "lineEnd"
  | "backspace"
  | "deleteToStart"
  | "deleteWord"
  | { readonly input: string };

export const emptyInput: LineInput = { text: "", cursor: 0 };

/** The line after an edit. */
export function editLine(line: LineInput, edit: LineEdit): LineInput {
  const chars = Array.from(line.text);
  const cursor = Math.min(Math.max(0, line.cursor), chars.length);
  const before = chars.slice(0, cursor);
  const after = chars.slice(cursor);
  const make = (head: readonly string[], tail: readonly string[] = after): LineInput => ({ text: [...head, ...tail].join(""), cursor: head.length });
  if (typeof edit === "object") return make([...before, ...Array.from(edit.input)]);
  switch (edit) {
    case "cursorLeft":
      return { text: line.text, cursor: Math.max(0, cursor - 1) };
    case "cursorRight":
      return { text: line.text, cursor: Math.min(chars.length, cursor + 1) };
    case "lineStart":
      return { text: line.text, cursor: 0 };
    case "lineEnd":
      return { text: line.text, cursor: chars.length };
    case "backspace":
      return make(before.slice(0, -1));
    case "deleteToStart":
      return make([]);
    case "deleteWord": {
      // As in a shell: the spaces before the cursor, then the word before them.
      let start = before.length;
      while (start > 0 && /\s/.test(before[start - 1] as string)) start--;
      while (start > 0 && !/\s/.test(before[start - 1] as string)) start--;
      return make(before.slice(0, start));
    }
  }
}

/** Whether a command edits a typed line (the rest, Enter and Esc, are the line's owner's). */
export function isLineEdit(command: unknown): command is LineEdit {
  return typeof command === "object" || (typeof command === "string" && lineEdits.has(command));
}

const lineEdits: ReadonlySet<string> = new Set(["cursorLeft", "cursorRight", "lineStart", "lineEnd", "backspace", "deleteToStart", "deleteWord"]);
