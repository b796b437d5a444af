import { Box } from "ink";
import type { ReactNode } from "react";
import { Composing } from "./composing.js";
import { Footer, type FooterLine } from "./footer.js";
import { Gutter } from "./gutter.js";
import { Header } from "./header.js";
import { IndexView } from "./index-view.js";
import type { Messages } from "./messages/index.js";
import { overlayLines } from "./overlay-lines.js";
import { OverlayText } from "./overlay-text.js";
import { SearchBar } from "./search-bar.js";
import { SectionList } from "./section-list.js";
import { SectionView } from "./section-view.js";
import type { PolicyViewerView } from "./use-policy-viewer.js";
import type { ViewerState } from "./viewer-state.js";

/**
 * The viewer's screen for a state: the header, then the body (the sections beside the open one's
 * text, an index view, the help, or the line saying the language is being composed), then the
 * footer or the search line. Draws only: what it shows comes from the composed document.
 */
export function PolicyViewerBody({ state, model, messages: m, meta, warnings, layout, colour }: PolicyViewerView) {
  const { columns, rows, narrow, navWidth, textWidth, bodyHeight } = layout;
  const header = <Header meta={meta} warnings={warnings.length} messages={m} width={columns} colour={colour} />;

  if (model === null) {
    return (
      <Box flexDirection="column" width={columns} height={rows}>
        {header}
        <Composing text={m.composing} width={columns} height={bodyHeight} colour={colour} />
        <Footer line={footerLine(state, null, m)} width={columns} colour={colour} />
      </Box>
    );
  }

  let body: ReactNode;
  if (state.overlay === "help" || state.overlay === "warnings") {
    const lines = overlayLines(state.overlay, m, warnings, columns);
    body = <OverlayText lines={lines} scroll={state.overlayScroll} width={columns} height={bodyHeight} colour={colour} />;
  } else if (state.overlay !== "none") body = <IndexView picker={model.index(state.overlay)} state={state.picker} layout={layout} colour={colour} />;
  else {
    const list = (
      <SectionList
        entries={model.entries}
        selected={state.selected}
        top={state.navTop}
        focused={state.focus === "nav"}
        width={navWidth}
        height={bodyHeight}
        colour={colour}
      />
    );
    const text = (
      <SectionView
        entry={model.entries[state.selected]}
        scroll={state.scroll}
        width={textWidth}
        height={bodyHeight}
        query={state.query}
        current={state.match?.entry === state.selected ? state.match.occurrence : null}
        colour={colour}
      />
    );
    body = narrow ? (
      state.focus === "nav" ? (
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
  }

  const footer =
    state.input !== null ? (
      <SearchBar input={state.input} found={model.matchingEntries(state.input).length} messages={m} width={columns} colour={colour} />
    ) : (
      <Footer line={footerLine(state, model.matchingEntries(state.query), m)} width={columns} colour={colour} />
    );

  return (
    <Box flexDirection="column" width={columns} height={rows}>
      {header}
      {body}
      {footer}
    </Box>
  );
}

/** The footer's line; `matching` is null while composing, when the search's sections are not known yet. */
function footerLine(state: ViewerState, matching: readonly number[] | null, m: Messages): FooterLine {
  if (state.overlay === "help" || state.overlay === "warnings") return { hints: [m.footer.scroll], always: m.footer[state.overlay] };
  if (state.overlay !== "none") return { hints: m.footer.view, always: m.footer.always };
  if (state.query === "" || matching === null) return { hints: m.footer.browse, always: m.footer.always };
  if (matching.length === 0) return { lead: m.search.none(state.query), hints: m.search.noneKeys, always: m.footer.always };
  const position = matching.indexOf(state.selected);
  return {
    lead: m.search.status(state.query, position === -1 ? 0 : position + 1, matching.length),
    hints: m.search.statusKeys,
    always: m.footer.always,
  };
}
