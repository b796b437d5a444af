import type { Messages } from "./messages/index.js";
import { LinesPane } from "./lines-pane.js";
import { emptyLine, Style, type Line } from "./text/line.js";
import { textWidth } from "./text/text-width.js";
import { wrapRuns } from "./text/wrap.js";

export interface HelpProps {
  readonly messages: Messages;
  readonly width: number;
  readonly height: number;
  readonly colour: boolean;
}

/** Every key and what it does, in the viewer's language. */
export function Help({ messages: m, width, height, colour }: HelpProps) {
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
  return <LinesPane lines={lines.slice(0, height)} width={width} height={height} colour={colour} />;
}
