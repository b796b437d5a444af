import { Box } from "ink";
import { Gutter } from "./gutter.js";
import type { Layout } from "./layout.js";
import { LinesPane } from "./lines-pane.js";
import type { Picker } from "./model/index-picker.js";
import { emptyLine, Style, type Run } from "./text/line.js";
import { padToWidth } from "./text/text-width.js";
import { truncate } from "./text/truncate.js";
import type { PickerState } from "./viewer-state.js";

export interface IndexViewProps {
  /** The index to pick from: the document's data index (`d`) or transfers index (`t`). */
  readonly picker: Picker;
  readonly state: PickerState;
  /** The choices the filter shows, in order (all of them without a filter). */
  readonly visible: readonly number[];
  /** The list's line when the filter shows nothing. */
  readonly none: string;
  readonly layout: Layout;
  readonly colour: boolean;
}

/**
 * The data and the transfers views, one component for both: the index's title, its entries on the
 * left (a kind of data, a country) and the selected one's text on the right; on a narrow screen the
 * list or the text, whichever has the focus; the index's own text where it has no entries. Both
 * panes draw only their visible rows.
 */
export function IndexView({ picker, state, visible, none, layout, colour }: IndexViewProps) {
  const { columns, narrow, navWidth, textWidth, bodyHeight } = layout;
  const height = Math.max(1, bodyHeight - 1);
  const titleLine: Run[] = [{ text: truncate(picker.title, columns), style: Style.title }];
  if (picker.labels.length === 0) {
    return (
      <Box flexDirection="column" height={bodyHeight}>
        <LinesPane lines={[titleLine]} width={columns} height={1} colour={colour} />
        <LinesPane lines={picker.empty(columns).slice(0, height)} width={columns} height={height} colour={colour} />
      </Box>
    );
  }
  // The row of the choice in the filtered list; -1 when the filter hides every choice.
  const row = visible.indexOf(state.selected);
  const answer = row === -1 ? [] : picker.lines(state.selected, textWidth);
  const detail = answer.slice(state.scroll, state.scroll + height);
  const listFocused = state.focus === "list";
  const top = Math.min(state.top, Math.max(0, row));
  const first = row >= top + height ? row - height + 1 : top;
  const rows: Run[][] =
    visible.length === 0
      ? [[{ text: truncate(none, navWidth), style: Style.dim }]]
      : visible.slice(first, first + height).map((index) => {
          const isSelected = index === state.selected;
          const text = `${isSelected ? "› " : "  "}${truncate(picker.labels[index] ?? "", navWidth - 2)}`;
          if (!isSelected) return [{ text, style: Style.none }];
          return [{ text: listFocused ? padToWidth(text, navWidth) : text, style: listFocused ? Style.selected : Style.marked }];
        });
  const list = <LinesPane lines={rows} width={navWidth} height={height} colour={colour} />;
  const text = <LinesPane lines={detail.length > 0 ? detail : [emptyLine]} width={textWidth} height={height} colour={colour} />;
  return (
    <Box flexDirection="column" height={bodyHeight}>
      <LinesPane lines={[titleLine]} width={columns} height={1} colour={colour} />
      {narrow ? (
        listFocused ? (
          list
        ) : (
          text
        )
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
