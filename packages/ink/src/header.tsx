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
  /** How many warnings validation gave: the header says so, and `w` lists them. */
  readonly warnings: number;
  readonly messages: Messages;
  readonly width: number;
  readonly colour: boolean;
}

/**
 * Which policy this is: title and controller, then version, effective date and language (and how
 * many warnings validation gave, where it gave any); the panes' titles follow on a rule of their
 * own. The header is on the first frame, drawn before compose runs (from the policy's own fields,
 * which the document copies), and stays the same when the document arrives.
 */
export function Header({ meta, warnings, messages: m, width, colour }: HeaderProps) {
  const first = truncate(`${safeText(meta.title)} · ${safeText(meta.controller)}`, width);
  const facts = [m.header.version(safeText(meta.version)), m.header.effective(safeText(meta.effective)), m.header.language(m.languageName)];
  const second = truncate([...facts, ...(warnings > 0 ? [m.header.warnings(warnings)] : [])].join(" · "), width);
  const lines: Run[][] = [[{ text: first, style: Style.strong }], [{ text: second, style: Style.none }]];
  return <LinesPane lines={lines} width={width} height={2} colour={colour} />;
}
