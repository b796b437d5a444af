import { LinesPane } from "./lines-pane.js";
import { Style } from "./text/line.js";
import { truncate } from "./text/truncate.js";

export interface ComposingProps {
  /** "Composing the policy…", in the language being composed. */
  readonly text: string;
  readonly width: number;
  readonly height: number;
  readonly colour: boolean;
}

/** The body while a language is being composed: one line, so the first frame comes at once. */
export function Composing({ text, width, height, colour }: ComposingProps) {
  return <LinesPane lines={[[{ text: truncate(text, width), style: Style.dim }]]} width={width} height={height} colour={colour} />;
}
