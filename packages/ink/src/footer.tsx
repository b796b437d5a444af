import { LinesPane } from "./lines-pane.js";
import { Style, type Run } from "./text/line.js";
import { truncate } from "./text/truncate.js";

export interface FooterProps {
  /** The keys that work here, or the search's status. */
  readonly text: string;
  readonly width: number;
  readonly colour: boolean;
}

/** A rule, then one line of key hints; on a narrow screen the hints are cut at the end. */
export function Footer({ text, width, colour }: FooterProps) {
  const lines: Run[][] = [[{ text: "─".repeat(width), style: Style.dim }], [{ text: truncate(text, width), style: Style.dim }]];
  return <LinesPane lines={lines} width={width} height={2} colour={colour} />;
}
