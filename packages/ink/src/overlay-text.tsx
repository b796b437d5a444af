import { LinesPane } from "./lines-pane.js";
import type { Line } from "./text/line.js";

export interface OverlayTextProps {
  readonly lines: readonly Line[];
  /** The first line shown. */
  readonly scroll: number;
  readonly width: number;
  readonly height: number;
  readonly colour: boolean;
}

/** A text over the list and the sections (the help, the warnings), from the line it is scrolled to. */
export function OverlayText({ lines, scroll, width, height, colour }: OverlayTextProps) {
  return <LinesPane lines={lines.slice(scroll, scroll + height)} width={width} height={height} colour={colour} />;
}
