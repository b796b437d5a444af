import { LinesPane } from "./lines-pane.js";
import { Style, type Run } from "./text/line.js";

export interface GutterProps {
  readonly height: number;
  readonly colour: boolean;
}

/** The rule between the two panes, with a space on either side. */
export function Gutter({ height, colour }: GutterProps) {
  const lines: Run[][] = Array.from({ length: height }, () => [{ text: " │ ", style: Style.dim }]);
  return <LinesPane lines={lines} width={3} height={height} colour={colour} />;
}
