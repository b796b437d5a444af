import type { Messages } from "./messages/index.js";
import { emptyLine, Style, type Line } from "./text/line.js";
import { safeText } from "./text/safe-text.js";
import { textWidth } from "./text/text-width.js";
import { wrapRuns } from "./text/wrap.js";

/** The overlays that are a text to read: the help, and the warnings about the policy. */
export type TextOverlay = "help" | "warnings";

/** An overlay's lines at a width; the viewer scrolls them where the terminal is shorter. */
export function overlayLines(overlay: TextOverlay, m: Messages, warnings: readonly string[], width: number): Line[] {
  return overlay === "help" ? helpLines(m, width) : warningLines(m, warnings, width);
}

/** Every key and what it does, in the viewer's language. */
function helpLines(m: Messages, width: number): Line[] {
  const keyWidth = Math.min(24, Math.max(...m.help.keys.map(([keys]) => textWidth(keys))) + 2);
  const lines: Line[] = [...wrapRuns([{ text: m.help.title, style: Style.title }], width), emptyLine];
  for (const [keys, what] of m.help.keys) {
    // The keys go in the prefix, which wrapping keeps as it is: a column the descriptions align to.
    const pad = " ".repeat(Math.max(1, keyWidth - textWidth(keys)));
    lines.push(
      ...wrapRuns([{ text: what, style: Style.none }], width, {
        first: [
          { text: keys, style: Style.strong },
          { text: pad, style: Style.none },
        ],
        rest: [{ text: " ".repeat(keyWidth), style: Style.none }],
      }),
    );
  }
  lines.push(emptyLine, ...wrapRuns([{ text: m.help.close, style: Style.dim }], width));
  return lines;
}

/** The warnings validation gave, one after another, as the command line prints them. */
function warningLines(m: Messages, warnings: readonly string[], width: number): Line[] {
  const lines: Line[] = [...wrapRuns([{ text: m.warnings.title(warnings.length), style: Style.title }], width), emptyLine];
  for (const warning of warnings) {
    lines.push(
      ...wrapRuns([{ text: safeText(warning), style: Style.none }], width, { first: [], rest: [{ text: "  ", style: Style.none }] }),
      emptyLine,
    );
  }
  lines.push(...wrapRuns([{ text: m.warnings.close, style: Style.dim }], width));
  return lines;
}
