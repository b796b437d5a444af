import stringWidth from "string-width";
import type { Colors } from "./colors.js";
import { terminalSafe } from "./terminal-text.js";

export interface CodeFrameOptions {
  /** Lines shown before and after the one with the issue. Default 2. */
  readonly context?: number;
  /** Longest line shown, in terminal columns; longer ones are cut around the column. Default 100. */
  readonly maxWidth?: number;
  readonly colors: Colors;
}

/**
 * The lines around `line`:`column` (1-based, column in UTF-16 code units as the YAML parser
 * counts), with the line numbers in a gutter and a caret under the column:
 *
 *     11 |     data:
 *   > 12 |       - user.contact.emial
 *        |         ^
 *
 * Lines are made safe for a terminal, and the caret is placed by display width, so a name with
 * wide characters or emoji before it does not shift it.
 */
export function codeFrame(text: string, line: number, column: number, options: CodeFrameOptions): string {
  const { context = 2, maxWidth = 100, colors } = options;
  const lines = text.split("\n").map((each) => each.replace(/\r$/, ""));
  // A file ends with a newline; the empty "line" after it is not shown, unless the issue is there.
  if (lines.length > line && lines.at(-1) === "") lines.pop();
  if (line < 1 || line > lines.length) return "";
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const gutterWidth = String(last).length;
  const target = lines[line - 1] ?? "";
  const caretAt = stringWidth(terminalSafe(target.slice(0, Math.max(0, column - 1))));
  const skip = Math.max(0, caretAt - Math.floor(maxWidth / 2));

  const out: string[] = [];
  for (let number = first; number <= last; number += 1) {
    const marker = number === line ? colors.red(">") : " ";
    const gutter = colors.dim(`${String(number).padStart(gutterWidth)} |`);
    const shown = cut(terminalSafe(lines[number - 1] ?? ""), skip, maxWidth);
    out.push(`${marker} ${gutter}${shown === "" ? "" : ` ${shown}`}`);
    if (number === line) {
      const indent = " ".repeat(caretAt - skip + (skip > 0 ? 1 : 0));
      out.push(`  ${colors.dim(`${" ".repeat(gutterWidth)} |`)} ${indent}${colors.red("^")}`);
    }
  }
  return out.join("\n");
}

/** The part of `text` from display column `skip`, at most `width` columns, with "…" where cut. */
function cut(text: string, skip: number, width: number): string {
  if (skip === 0 && stringWidth(text) <= width) return text.trimEnd();
  let column = 0;
  let kept = "";
  let keptWidth = 0;
  for (const { segment } of new Intl.Segmenter().segment(text)) {
    const w = stringWidth(segment);
    if (column >= skip && keptWidth + w <= width) {
      kept += segment;
      keptWidth += w;
    }
    column += w;
  }
  const before = skip > 0 ? "…" : "";
  const after = column > skip + keptWidth ? "…" : "";
  return `${before}${kept}${after}`.trimEnd();
}
