import { Box, Text } from "ink";
import type { Line, Run } from "./text/line.js";
import { toAnsi } from "./text/theme.js";

export interface LinesPaneProps {
  /** The visible lines only, each already fitting `width`: the pane draws, it does not lay out. */
  readonly lines: readonly (readonly Run[] | Line)[];
  readonly width: number;
  readonly height: number;
  readonly colour: boolean;
}

/** A fixed-size block of pre-wrapped lines, drawn as one ink <Text> (one node however long the text). */
export function LinesPane({ lines, width, height, colour }: LinesPaneProps) {
  const text = lines.map((line) => toAnsi("runs" in line ? line.runs : line, colour)).join("\n");
  return (
    <Box width={width} height={height} flexShrink={0} flexDirection="column" overflow="hidden">
      <Text>{text}</Text>
    </Box>
  );
}
