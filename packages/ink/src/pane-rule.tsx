import { LinesPane } from "./lines-pane.js";
import { Style, type Run } from "./text/line.js";
import { safeText } from "./text/safe-text.js";
import { textWidth } from "./text/text-width.js";
import { truncate } from "./text/truncate.js";

/** A pane's title over it, and whether the pane has the focus. */
export interface PaneTitle {
  readonly title: string;
  readonly focused: boolean;
  readonly width: number;
}

export interface PaneRuleProps {
  /** Left to right, with the gutter's three columns between two; none for a plain rule. */
  readonly panes: readonly PaneTitle[];
  readonly width: number;
  readonly colour: boolean;
}

/**
 * The rule under the header, with each pane's title on it. The focused pane's title is bold on a
 * heavy rule (━), the other's dim on a light one (─): the focus shows without colour too. In
 * narrow mode the one pane's title is the open section's, so it stays in view however far one
 * scrolls.
 */
export function PaneRule({ panes, width, colour }: PaneRuleProps) {
  const runs: Run[] =
    panes.length === 0
      ? [{ text: "─".repeat(width), style: Style.dim }]
      : // The gutter's space and rule: its third column begins the next pane's segment.
        panes.flatMap((pane, index) =>
          index === 0 ? segment(pane) : [{ text: "─┬", style: Style.dim }, ...segment({ ...pane, width: pane.width + 1 })],
        );
  return <LinesPane lines={[runs]} width={width} height={1} colour={colour} />;
}

function segment({ title, focused, width }: PaneTitle): Run[] {
  const rule = focused ? "━" : "─";
  const ruleStyle = focused ? Style.none : Style.dim;
  if (width < 6) return [{ text: rule.repeat(Math.max(0, width)), style: ruleStyle }];
  const shown = truncate(safeText(title), width - 4);
  return [
    { text: `${rule} `, style: ruleStyle },
    { text: shown, style: focused ? Style.strong : Style.dim },
    { text: ` ${rule.repeat(Math.max(0, width - 3 - textWidth(shown)))}`, style: ruleStyle },
  ];
}
