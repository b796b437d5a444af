import type { PolicyDocument } from "@policy/core/render";
import type { Messages } from "./messages/index.js";
import { LinesPane } from "./lines-pane.js";
import { Style, type Run } from "./text/line.js";
import { safeText } from "./text/safe-text.js";
import { truncate } from "./text/truncate.js";

/** What the header says about the policy: the document's title and controller, version and effective date. */
export type HeaderMeta = Pick<PolicyDocument["meta"], "title" | "controller" | "version" | "effective">;

export interface HeaderProps {
  readonly meta: HeaderMeta;
  readonly messages: Messages;
  readonly width: number;
  readonly colour: boolean;
}

/**
 * Which policy this is: title and controller, then version, effective date and language, then a
 * rule. The header is on the first frame, drawn before compose runs (from the policy's own fields,
 * which the document copies), and stays the same when the document arrives.
 */
export function Header({ meta, messages: m, width, colour }: HeaderProps) {
  const first = truncate(`${safeText(meta.title)} · ${safeText(meta.controller)}`, width);
  const second = truncate(
    [m.header.version(safeText(meta.version)), m.header.effective(safeText(meta.effective)), m.header.language(m.languageName)].join(" · "),
    width,
  );
  const lines: Run[][] = [
    [{ text: first, style: Style.strong }],
    [{ text: second, style: Style.none }],
    [{ text: "─".repeat(width), style: Style.dim }],
  ];
  return <LinesPane lines={lines} width={width} height={3} colour={colour} />;
}
