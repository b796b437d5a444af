import { Box } from "ink";
import type { ReactNode } from "react";
import { Composing } from "./composing.js";
import { Footer, type FooterLine } from "./footer.js";
import { Gutter } from "./gutter.js";
import { Header } from "./header.js";
import { IndexView } from "./index-view.js";
import { InputBar } from "./input-bar.js";
import type { Layout } from "./layout.js";
import { entryLines } from "./model/entry-lines.js";
import type { IndexView as IndexViewName } from "./model/index-picker.js";
import type { LocaleModel } from "./model/policy-model.js";
import { searchPosition } from "./model/search-position.js";
import { overlayLines } from "./overlay-lines.js";
import { OverlayText } from "./overlay-text.js";
import { PaneRule, type PaneTitle } from "./pane-rule.js";
import { SectionList } from "./section-list.js";
import { SectionView } from "./section-view.js";
import type { PolicyViewerView } from "./use-policy-viewer.js";
import type { ViewerState } from "./viewer-state.js";

/** One screen's parts under the header: the panes' titles, the body, and the footer or a line being typed. */
interface Screen {
  readonly panes: readonly PaneTitle[];
  readonly body: ReactNode;
  readonly footer: ReactNode;
}

/**
 * The viewer's screen for a state: the header, the rule with the panes' titles, then the body (the
 * sections beside the open one's text, an index view, the help, or the line saying the language is
 * being composed), then the footer or the search line. Draws only: what it shows comes from the
 * composed document.
 */
export function PolicyViewerBody(view: PolicyViewerView) {
  const { state, model, messages: m, meta, warnings, layout, colour } = view;
  const { columns, rows, bodyHeight } = layout;
  let screen: Screen;
  if (model === null) {
    screen = {
      panes: [],
      body: <Composing text={m.composing} width={columns} height={bodyHeight} colour={colour} />,
      footer: <Footer line={{ hints: m.footer.list, always: m.footer.always }} width={columns} colour={colour} />,
    };
  } else if (state.overlay === "help" || state.overlay === "warnings") {
    const lines = overlayLines(state.overlay, m, warnings, columns);
    screen = {
      panes: [],
      body: <OverlayText lines={lines} scroll={state.overlayScroll} width={columns} height={bodyHeight} colour={colour} />,
      footer: <Footer line={{ hints: [m.footer.scroll], always: m.footer[state.overlay] }} width={columns} colour={colour} />,
    };
  } else if (state.overlay !== "none") screen = indexScreen(state, state.overlay, model, layout, colour);
  else screen = browseScreen(state, model, layout, colour);

  return (
    <Box flexDirection="column" width={columns} height={rows}>
      <Header meta={meta} warnings={warnings.length} messages={m} width={columns} colour={colour} />
      <PaneRule panes={screen.panes} width={columns} colour={colour} />
      {screen.body}
      {screen.footer}
    </Box>
  );
}

/** The sections beside the open one's text; on a narrow screen, whichever has the focus. */
function browseScreen(state: ViewerState, model: LocaleModel, layout: Layout, colour: boolean): Screen {
  const { columns, narrow, navWidth, textWidth, bodyHeight } = layout;
  const m = model.messages;
  const entry = model.entries[state.selected];
  const onList = state.focus === "nav";
  const list = (
    <SectionList
      entries={model.entries}
      selected={state.selected}
      top={state.navTop}
      focused={onList}
      width={navWidth}
      height={bodyHeight}
      colour={colour}
    />
  );
  const text = (
    <SectionView
      entry={entry}
      scroll={state.scroll}
      width={textWidth}
      height={bodyHeight}
      query={state.query}
      current={state.match?.entry === state.selected ? state.match.occurrence : null}
      colour={colour}
    />
  );
  const title = entry?.title ?? "";
  const panes: PaneTitle[] = narrow
    ? [{ title: onList ? m.panes.sections : title, focused: true, width: columns }]
    : [
        { title: m.panes.sections, focused: onList, width: navWidth },
        { title, focused: !onList, width: textWidth },
      ];
  const textShown = !narrow || !onList;
  const read = entry === undefined ? 1 : share(state.scroll, bodyHeight, entryLines(entry, textWidth).length);
  const position = [m.position.section(state.selected + 1, model.entries.length), ...(textShown ? [m.position.read(read)] : [])].join(" · ");

  const footer =
    state.input !== null ? (
      <InputBar prompt={m.search.prompt} line={state.input} hint={searchHint(state.input.text, model)} width={columns} colour={colour} />
    ) : (
      <Footer line={browseFooter(state, model, textWidth)} position={position} width={columns} colour={colour} />
    );
  const body = narrow ? (
    onList ? (
      list
    ) : (
      text
    )
  ) : (
    <Box flexDirection="row" height={bodyHeight}>
      {list}
      <Gutter height={bodyHeight} colour={colour} />
      {text}
    </Box>
  );
  return { panes, body, footer };
}

/** The data or transfers view, with its filter line while `/` is typed there. */
function indexScreen(state: ViewerState, view: IndexViewName, model: LocaleModel, layout: Layout, colour: boolean): Screen {
  const { columns, narrow, navWidth, textWidth, bodyHeight } = layout;
  const m = model.messages;
  const picker = model.index(view);
  const p = state.picker;
  const visible = picker.matching(p.filter.text);
  const onList = p.focus === "list";
  const label = visible.includes(p.selected) ? (picker.labels[p.selected] ?? "") : "";
  const panes: PaneTitle[] = narrow
    ? [{ title: onList ? m.panes[view] : label, focused: true, width: columns }]
    : [
        { title: m.panes[view], focused: onList, width: navWidth },
        { title: label, focused: !onList, width: textWidth },
      ];
  const body = <IndexView picker={picker} state={p} visible={visible} none={m.filter.none(p.filter.text)} layout={layout} colour={colour} />;
  if (p.filtering) {
    const hint = `${m.filter.shown(visible.length, picker.labels.length)} · ${m.filter.inputHint}`;
    return { panes, body, footer: <InputBar prompt={m.filter.prompt} line={p.filter} hint={hint} width={columns} colour={colour} /> };
  }
  const row = visible.indexOf(p.selected);
  const height = Math.max(1, bodyHeight - 1);
  const position =
    row === -1
      ? undefined
      : [m.position.choice(row + 1, visible.length), m.position.read(share(p.scroll, height, picker.lines(p.selected, textWidth).length))].join(
          " · ",
        );
  const line: FooterLine = {
    ...(p.filter.text === "" ? {} : { lead: m.filter.active(p.filter.text) }),
    hints: onList ? m.footer.pick : m.footer.answer,
    always: m.footer.always,
  };
  return { panes, body, footer: <Footer line={line} position={position} width={columns} colour={colour} /> };
}

/** How much of a text is above the pane's last line, from 0 to 1; all of it for a text that fits. */
function share(scroll: number, height: number, lines: number): number {
  return lines === 0 ? 1 : Math.min(1, (scroll + height) / lines);
}

/** While the search is typed: in how many sections the text occurs, and the keys. */
function searchHint(text: string, model: LocaleModel): string {
  const m = model.messages;
  return text.trim() === "" ? m.search.inputHint : `${m.search.sections(model.matchingEntries(text).length)} · ${m.search.inputHint}`;
}

/** The footer while browsing: the search's position where there is a search, then the keys of the focused pane. */
function browseFooter(state: ViewerState, model: LocaleModel, width: number): FooterLine {
  const m = model.messages;
  const hints = state.focus === "nav" ? m.footer.list : m.footer.text;
  if (state.query === "") return { hints, always: m.footer.always };
  const matching = model.matchingEntries(state.query);
  if (matching.length === 0) return { lead: m.search.none(state.query), hints: m.search.noneKeys, always: m.footer.always };
  const current = state.match?.entry === state.selected ? state.match : null;
  const position = searchPosition(model.entries, matching, state.query, current, width);
  const where =
    position.kind === "match"
      ? m.search.match(state.query, position.match, position.matches)
      : position.kind === "inSection"
        ? m.search.inSection(state.query, position.match, position.matches, position.section, position.sections)
        : m.search.inSections(state.query, position.sections);
  const lead = state.wrapped === null ? where : `${m.search.wrapped[state.wrapped]} · ${where}`;
  return { lead, hints: m.search.statusKeys, always: m.footer.always };
}
