import type { Policy } from "@policy/core";
import type { Messages } from "./messages/index.js";
import { LinesPane } from "./lines-pane.js";
import { Style, type Run } from "./text/line.js";
import { safeText } from "./text/safe-text.js";
import { truncate } from "./text/truncate.js";

export interface HeaderProps {
  readonly policy: Policy;
  readonly messages: Messages;
  readonly width: number;
  readonly colour: boolean;
}

/**
 * Which policy this is: title and controller, then version, effective date and language, then a
 * rule. All from the policy and the messages, not the composed document: the header is on the
 * first frame, drawn before compose runs, and stays the same when the text arrives.
 */
export function Header({ policy, messages: m, width, colour }: HeaderProps) {
  const first = truncate(`${m.header.title} · ${safeText(policy.controller.name)}`, width);
  const second = truncate(
    [m.header.version(safeText(policy.meta.version)), m.header.effective(safeText(policy.meta.effective)), m.header.language(m.languageName)].join(" · "),
    width,
  );
  const lines: Run[][] = [
    [{ text: first, style: Style.strong }],
    [{ text: second, style: Style.none }],
    [{ text: "─".repeat(width), style: Style.dim }],
  ];
  return <LinesPane lines={lines} width={width} height={3} colour={colour} />;
}
