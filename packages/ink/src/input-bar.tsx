import type { LineInput } from "./line-input.js";
import { LinesPane } from "./lines-pane.js";
import { Style, type Run } from "./text/line.js";
import { textWidth } from "./text/text-width.js";
import { truncate } from "./text/truncate.js";

export interface InputBarProps {
  /** "Search: ", "Filter: " */
  readonly prompt: string;
  readonly line: LineInput;
  /** What the bar says after the line: how often the text occurs, and the keys. */
  readonly hint: string;
  readonly width: number;
  readonly colour: boolean;
}

/**
 * A line being typed, in place of the footer: the prompt, the text with the cursor on it, then the
 * hint. A line longer than the room scrolls so that the cursor stays in view.
 */
export function InputBar({ prompt, line, hint, width, colour }: InputBarProps) {
  const chars = Array.from(line.text);
  const cursor = Math.min(line.cursor, chars.length);
  const room = Math.max(1, width - textWidth(prompt));
  // From the cursor leftwards, as many characters as fit with the cursor's own cell.
  let start = cursor;
  let used = textWidth(chars[cursor] ?? " ");
  while (start > 0 && used + textWidth(chars[start - 1] as string) <= room) used += textWidth(chars[--start] as string);
  let end = cursor + 1;
  while (end < chars.length && used + textWidth(chars[end] as string) <= room) used += textWidth(chars[end++] as string);
  const rest = truncate(`  ${hint}`, width - textWidth(prompt) - used);
  const lines: Run[][] = [
    [{ text: "─".repeat(width), style: Style.dim }],
    [
      { text: prompt, style: Style.strong },
      { text: chars.slice(start, cursor).join(""), style: Style.none },
      { text: chars[cursor] ?? " ", style: Style.selected },
      { text: chars.slice(cursor + 1, end).join(""), style: Style.none },
      { text: rest, style: Style.dim },
    ],
  ];
  return <LinesPane lines={lines} width={width} height={2} colour={colour} />;
}
