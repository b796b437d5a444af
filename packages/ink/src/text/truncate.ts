import { graphemes, textWidth } from "./text-width.js";

/** The text cut to `width` columns with "…" at the end where it is longer. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return "";
  if (textWidth(text) <= width) return text;
  let out = "";
  let used = 0;
  for (const char of graphemes(text)) {
    const charWidth = textWidth(char);
    if (used + charWidth > width - 1) break;
    out += char;
    used += charWidth;
  }
  return `${out}…`;
}
