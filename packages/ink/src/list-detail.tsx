import { Box } from "ink";
import type { Layout } from "./layout.js";
import { Gutter } from "./gutter.js";
import { LinesPane } from "./lines-pane.js";
import type { Picker } from "./model/policy-model.js";
import { emptyLine, Style, type Line, type Run } from "./text/line.js";
import { truncate } from "./text/truncate.js";
import { wrapRuns } from "./text/wrap.js";
import type { PickerState } from "./viewer-state.js";

export interface ListDetailProps {
  readonly title: string;
  readonly picker: Picker;
  readonly state: PickerState;
  /** Shown instead of the list and the answer when there is nothing to pick. */
  readonly empty: string;
  readonly layout: Layout;
  readonly colour: boolean;
}

/**
 * The shape of the data and the transfers views: a title, the choices on the left and the answer
 * for the selected one on the right; on a narrow screen the list or the answer, whichever has the
 * focus. Both panes draw only their visible rows.
 */
export function ListDetail({ title, picker, state, empty, layout, colour }: ListDetailProps) {
  const { columns, narrow, navWidth, textWidth, bodyHeight } = layout;
  const height = Math.max(1, bodyHeight - 1);
  const titleLine: Run[] = [{ text: truncate(title, columns), style: Style.title }];
  if (picker.labels.length === 0) {
    const lines: Line[] = wrapRuns([{ text: empty, style: Style.none }], columns);
    return (
      <Box flexDirection="column" height={bodyHeight}>
        <LinesPane lines={[titleLine]} width={columns} height={1} colour={colour} />
        <LinesPane lines={lines.slice(0, height)} width={columns} height={height} colour={colour} />
      </Box>
    );
  }
  const answer = picker.lines(state.selected, textWidth);
  const detail = answer.slice(state.scroll, state.scroll + height);
  const listFocused = state.focus === "list";
  const top = Math.min(state.top, state.selected);
  const first = state.selected >= top + height ? state.selected - height + 1 : top;
  const rows: Run[][] = picker.labels.slice(first, first + height).map((label, offset) => {
    const isSelected = first + offset === state.selected;
    const text = `${isSelected ? "› " : "  "}${truncate(label, navWidth - 2)}`;
    if (!isSelected) return [{ text, style: Style.none }];
    return [{ text: listFocused ? text.padEnd(navWidth) : text, style: listFocused ? Style.selected : Style.marked }];
  });
  const list = <LinesPane lines={rows} width={navWidth} height={height} colour={colour} />;
  const text = <LinesPane lines={detail.length > 0 ? detail : [emptyLine]} width={textWidth} height={height} colour={colour} />;
  return (
    <Box flexDirection="column" height={bodyHeight}>
      <LinesPane lines={[titleLine]} width={columns} height={1} colour={colour} />
      {narrow ? (
        listFocused ? list : text
      ) : (
        <Box flexDirection="row">
          {list}
          <Gutter height={height} colour={colour} />
          {text}
        </Box>
      )}
    </Box>
  );
}
