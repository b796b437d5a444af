import type { Locale } from "@policy/core/render";
import type { Command } from "./key-command.js";
import type { Layout } from "./layout.js";
import { entryLines } from "./model/entry-lines.js";
import type { IndexView, Picker } from "./model/index-picker.js";
import type { LocaleModel } from "./model/policy-model.js";
import { editLine, emptyInput, isLineEdit, type LineInput } from "./line-input.js";
import { overlayLines, type TextOverlay } from "./overlay-lines.js";
import { occurrences } from "./model/search.js";

export type Pane = "nav" | "text";
/** What covers the list and the text: nothing, a text to read (the help, the warnings), or an index view (`d` data, `t` transfers). */
export type Overlay = "none" | TextOverlay | IndexView;

/** Where the data or transfers view is: the choice, the list's first visible row, the answer's scroll. */
export interface PickerState {
  readonly selected: number;
  readonly top: number;
  readonly scroll: number;
  readonly focus: "list" | "detail";
  /** The filter the list shows (`/` in the view), kept after Enter; "" for all choices. */
  readonly filter: LineInput;
  /** Whether the filter line is open and takes the keys. */
  readonly filtering: boolean;
}

export interface SearchMatch {
  readonly entry: number;
  readonly occurrence: number;
}

export interface ViewerState {
  readonly locale: Locale;
  readonly focus: Pane;
  /** The selected (and open) entry of the navigation list. */
  readonly selected: number;
  /** The first visible row of the navigation list. */
  readonly navTop: number;
  /** The first visible line of the open entry's text. */
  readonly scroll: number;
  readonly overlay: Overlay;
  /** The view the help or the warnings were opened from, which closing them returns to. */
  readonly behind: "none" | IndexView;
  /** The first visible line of the help or the warnings. */
  readonly overlayScroll: number;
  readonly picker: PickerState;
  /** The search line while it is open, else null. */
  readonly input: LineInput | null;
  /** The search n/N move through; "" for none. */
  readonly query: string;
  readonly match: SearchMatch | null;
  /** Set by n, N or Enter when the search went past the last match to the first (or, with N, the other way). */
  readonly wrapped: "toFirst" | "toLast" | null;
  readonly quit: boolean;
  /**
   * Keys pressed while the language is being composed, in order. They wait for the text they act
   * on and are applied by `settle` once it is there (quit does not wait).
   */
  readonly queued: readonly Command[];
  /** After `l` to a language not composed yet: the section to select once it is (ids are the same in every language). */
  readonly reopen: string | null;
}

/** What the state changes need to know beyond the state: the text, the screen and the languages. */
export interface ViewerContext {
  readonly layout: Layout;
  /** The warnings validation gave about the policy, as lines: `w` lists them. */
  readonly warnings: readonly string[];
  readonly locales: readonly Locale[];
  /** A language's text if it has been composed, else null. The state never composes: the viewer does, after drawing. */
  readonly modelFor: (locale: Locale) => LocaleModel | null;
}

/** The context once the state's language is composed: what every key but quit needs. */
interface Ready extends ViewerContext {
  readonly model: LocaleModel;
}

const pickerStart: PickerState = { selected: 0, top: 0, scroll: 0, focus: "list", filter: emptyInput, filtering: false };

export function initialState(locale: Locale): ViewerState {
  return {
    locale,
    focus: "nav",
    selected: 0,
    navTop: 0,
    scroll: 0,
    overlay: "none",
    behind: "none",
    overlayScroll: 0,
    picker: pickerStart,
    input: null,
    query: "",
    match: null,
    wrapped: null,
    quit: false,
    queued: [],
    reopen: null,
  };
}

/**
 * The state after a command. Pure: the same state, command and context give the same state.
 * While the state's language is not composed the command is queued, except quit, which never waits.
 */
export function update(state: ViewerState, command: Command, context: ViewerContext): ViewerState {
  if (command === "quit") return { ...state, quit: true };
  const settled = settle(state, context);
  const model = context.modelFor(settled.locale);
  if (model === null) return { ...settled, queued: [...settled.queued, command] };
  return apply(settled, command, { ...context, model });
}

/**
 * The state once its language is composed: the section `l` left open is selected again, then the
 * keys that waited are applied in order (one of them may switch to a language that is not composed
 * yet, and the rest wait again). Unchanged while the language is still being composed.
 */
export function settle(state: ViewerState, context: ViewerContext): ViewerState {
  const model = context.modelFor(state.locale);
  if (model === null || (state.reopen === null && state.queued.length === 0)) return state;
  let next: ViewerState = { ...state, queued: [], reopen: null };
  if (state.reopen !== null) next = reopen(next, state.reopen, { ...context, model });
  for (const command of state.queued) next = update(next, command, context);
  return next;
}

function apply(before: ViewerState, command: Command, context: Ready): ViewerState {
  // The footer says the search wrapped until the next key.
  const state = before.wrapped === null ? before : { ...before, wrapped: null };
  if (state.input !== null) return typing(state, command, context);
  if (command === "language") return switchLanguage(state, context);
  if (state.overlay === "help" || state.overlay === "warnings") return inText(state, state.overlay, command, context);
  if (state.overlay === "data" || state.overlay === "transfers") return inPicker(state, state.overlay, command, context);
  return browsing(state, command, context);
}

function typing(state: ViewerState, command: Command, context: Ready): ViewerState {
  const input = state.input ?? emptyInput;
  if (isLineEdit(command)) return { ...state, input: editLine(input, command) };
  if (command === "escape") return { ...state, input: null };
  if (command === "submit") {
    const next = { ...state, input: null, query: input.text, match: null };
    return input.text.trim() === "" ? { ...next, query: "" } : moveToMatch(next, 1, context);
  }
  return state;
}

function browsing(state: ViewerState, command: Command, context: Ready): ViewerState {
  const { model, layout } = context;
  const count = model.entries.length;
  const height = layout.bodyHeight;
  const onNav = state.focus === "nav";
  switch (command) {
    case "up":
    case "down": {
      const step = command === "up" ? -1 : 1;
      return onNav ? select(state, state.selected + step, context) : scrollText(state, state.scroll + step, context);
    }
    case "pageUp":
    case "pageDown": {
      const step = command === "pageUp" ? -1 : 1;
      return onNav ? select(state, state.selected + step * height, context) : scrollText(state, state.scroll + step * page(height), context);
    }
    case "space": {
      // At the end of a section, Space goes on to the next one, as in a pager.
      const scrolled = scrollText(state, state.scroll + page(height), context);
      if (scrolled !== state || state.selected >= count - 1) return scrolled;
      return { ...select(state, state.selected + 1, context), focus: "text" };
    }
    case "top":
      return onNav ? select(state, 0, context) : scrollText(state, 0, context);
    case "bottom":
      return onNav ? select(state, count - 1, context) : scrollText(state, Number.MAX_SAFE_INTEGER, context);
    case "open":
      return { ...state, focus: "text" };
    case "back":
      return { ...state, focus: "nav" };
    case "tab":
      return { ...state, focus: onNav ? "text" : "nav" };
    case "search":
      return { ...state, input: emptyInput };
    case "next":
    case "previous":
      return state.query === "" ? state : moveToMatch(state, command === "next" ? 1 : -1, context);
    case "data":
    case "transfers":
      return { ...state, overlay: command, picker: pickerStart };
    case "help":
    case "warnings":
      return openText(state, command, "none", context);
    case "escape":
      // Esc goes back: it clears the search's highlights, then leaves the text for the list. It never quits: q does.
      if (state.query !== "") return { ...state, query: "", match: null };
      return onNav ? state : { ...state, focus: "nav" };
    default:
      return state;
  }
}

function inPicker(state: ViewerState, view: IndexView, command: Command, context: Ready): ViewerState {
  const picker: Picker = context.model.index(view);
  const p = state.picker;
  if (p.filtering) return filtering(state, picker, command);
  const listHeight = pickerListHeight(context);
  const visible = picker.matching(p.filter.text);
  const onList = p.focus === "list";
  const set = (next: Partial<PickerState>): ViewerState => ({ ...state, picker: { ...p, ...next } });
  // Moves among the choices the filter shows: `row` is a row of that list.
  const choose = (row: number): ViewerState => {
    if (visible.length === 0) return state;
    const at = clamp(row, 0, visible.length - 1);
    const selected = visible[at] as number;
    return set({ selected, top: keepVisible(at, p.top, listHeight), scroll: selected === p.selected ? p.scroll : 0 });
  };
  const row = Math.max(0, visible.indexOf(p.selected));
  const scroll = (to: number): ViewerState => {
    const max = Math.max(0, picker.lines(p.selected, detailWidth(context)).length - listHeight);
    return set({ scroll: clamp(to, 0, max) });
  };
  switch (command) {
    case "up":
    case "down": {
      const step = command === "up" ? -1 : 1;
      return onList ? choose(row + step) : scroll(p.scroll + step);
    }
    case "pageUp":
    case "pageDown": {
      const step = command === "pageUp" ? -1 : 1;
      return onList ? choose(row + step * listHeight) : scroll(p.scroll + step * page(listHeight));
    }
    case "space":
      return scroll(p.scroll + page(listHeight));
    case "top":
      return onList ? choose(0) : scroll(0);
    case "bottom":
      return onList ? choose(visible.length - 1) : scroll(Number.MAX_SAFE_INTEGER);
    case "open":
      return set({ focus: "detail" });
    case "back":
      return set({ focus: "list" });
    case "tab":
      return set({ focus: onList ? "detail" : "list" });
    case "data":
    case "transfers":
      return command === state.overlay ? { ...state, overlay: "none" } : { ...state, overlay: command, picker: pickerStart };
    case "escape":
      // A kept filter goes first, then the view.
      return p.filter.text === "" ? { ...state, overlay: "none" } : refilter(state, picker, emptyInput, false);
    case "help":
    case "warnings":
      return openText(state, command, view, context);
    case "search":
      // `/` filters this view's list; the filter kept so far can be changed.
      return set({ filtering: true, filter: { text: p.filter.text, cursor: Array.from(p.filter.text).length } });
    default:
      return state;
  }
}

/** The filter line of the data or transfers view: the list follows each key; Enter keeps the filter, Esc drops it. */
function filtering(state: ViewerState, picker: Picker, command: Command): ViewerState {
  if (isLineEdit(command)) return refilter(state, picker, editLine(state.picker.filter, command), true);
  if (command === "submit") return { ...state, picker: { ...state.picker, filtering: false, focus: "list" } };
  if (command === "escape") return refilter(state, picker, emptyInput, false);
  return state;
}

/** The view with another filter: the choice stays if the filter shows it, else the first one shown is chosen. */
function refilter(state: ViewerState, picker: Picker, filter: LineInput, open: boolean): ViewerState {
  const p = state.picker;
  const visible = picker.matching(filter.text);
  const selected = visible.includes(p.selected) ? p.selected : (visible[0] ?? p.selected);
  return { ...state, picker: { ...p, filter, filtering: open, selected, top: 0, scroll: selected === p.selected ? p.scroll : 0 } };
}

/** The rows of the data and transfers views' list: the body less the index's title. */
function pickerListHeight(context: Pick<ViewerContext, "layout">): number {
  return Math.max(1, context.layout.bodyHeight - 1);
}

/** Whether a line takes the keys as text: the search line, or the filter of the data or transfers view. */
export function isTyping(state: ViewerState): boolean {
  return state.input !== null || (state.overlay !== "none" && state.overlay !== "help" && state.overlay !== "warnings" && state.picker.filtering);
}

/** Opens the help or the warnings (when there are any) over a view, which closing them returns to. */
function openText(state: ViewerState, overlay: TextOverlay, behind: "none" | IndexView, context: Ready): ViewerState {
  if (overlay === "warnings" && context.warnings.length === 0) return state;
  return { ...state, overlay, behind, overlayScroll: 0 };
}

/** In the help or the warnings: the keys that scroll scroll it; Esc, or the key that opened it, closes it. */
function inText(state: ViewerState, overlay: TextOverlay, command: Command, context: Ready): ViewerState {
  if (command === "escape" || command === overlay) return { ...state, overlay: state.behind, overlayScroll: 0 };
  const height = context.layout.bodyHeight;
  const max = Math.max(0, overlayLines(overlay, context.model.messages, context.warnings, context.layout.columns).length - height);
  const to = (line: number): ViewerState => ({ ...state, overlayScroll: clamp(line, 0, max) });
  switch (command) {
    case "up":
      return to(state.overlayScroll - 1);
    case "down":
      return to(state.overlayScroll + 1);
    case "pageUp":
      return to(state.overlayScroll - page(height));
    case "pageDown":
    case "space":
      return to(state.overlayScroll + page(height));
    case "top":
      return to(0);
    case "bottom":
      return to(max);
    default:
      return state;
  }
}

/** The width the data and transfers answers are laid out in (see `index-view.tsx`). */
export function detailWidth(context: Pick<ViewerContext, "layout">): number {
  return context.layout.textWidth;
}

function select(state: ViewerState, index: number, context: Ready): ViewerState {
  const selected = clamp(index, 0, context.model.entries.length - 1);
  if (selected === state.selected) return state;
  return { ...state, selected, scroll: 0, navTop: keepVisible(selected, state.navTop, context.layout.bodyHeight) };
}

function scrollText(state: ViewerState, to: number, context: Ready): ViewerState {
  const scroll = clamp(to, 0, maxScroll(state.selected, context));
  return scroll === state.scroll ? state : { ...state, scroll };
}

function maxScroll(entry: number, context: Ready): number {
  const target = context.model.entries[entry];
  if (target === undefined) return 0;
  return Math.max(0, entryLines(target, context.layout.textWidth).length - context.layout.bodyHeight);
}

/**
 * Moves to the next (1) or previous (-1) occurrence of the query: within the open entry first,
 * then through the other entries that contain it, round to the start again. Without a current
 * match it starts from the line at the top of the text, so Enter finds the first match from
 * where one is reading.
 */
function moveToMatch(state: ViewerState, direction: 1 | -1, context: Ready): ViewerState {
  const { model, layout } = context;
  const matching = model.matchingEntries(state.query);
  if (matching.length === 0) return { ...state, match: null };
  const found = (entry: number): readonly { line: number }[] => {
    const target = model.entries[entry];
    return target === undefined ? [] : occurrences(entryLines(target, layout.textWidth), state.query);
  };

  const here = found(state.selected);
  let candidate: SearchMatch | null = null;
  if (state.match !== null && state.match.entry === state.selected) {
    const next = state.match.occurrence + direction;
    if (next >= 0 && next < here.length) candidate = { entry: state.selected, occurrence: next };
  } else if (here.length > 0) {
    const index =
      direction === 1
        ? here.findIndex((occurrence) => occurrence.line >= state.scroll)
        : findLastIndex(here, (occurrence) => occurrence.line < state.scroll);
    if (index !== -1) candidate = { entry: state.selected, occurrence: index };
  }

  let wrapped = false;
  if (candidate === null) {
    // The entries with the query after (or before) the open one, then round from the other end.
    const after = matching.filter((entry) => (direction === 1 ? entry > state.selected : entry < state.selected));
    const around = matching.filter((entry) => (direction === 1 ? entry <= state.selected : entry >= state.selected));
    const order = direction === 1 ? [...after, ...around] : [...after.reverse(), ...around.reverse()];
    for (const [position, entry] of order.entries()) {
      const list = found(entry);
      if (list.length > 0) {
        candidate = { entry, occurrence: direction === 1 ? 0 : list.length - 1 };
        wrapped = position >= after.length;
        break;
      }
    }
  }
  if (candidate === null) return { ...state, match: null };

  const line = found(candidate.entry)[candidate.occurrence]?.line ?? 0;
  const moved = { ...state, selected: candidate.entry, navTop: keepVisible(candidate.entry, state.navTop, layout.bodyHeight) };
  // Two lines of context above the match.
  const scroll = clamp(line - 2, 0, maxScroll(candidate.entry, context));
  return { ...moved, scroll, match: candidate, focus: "text", wrapped: wrapped ? (direction === 1 ? "toFirst" : "toLast") : null };
}

function switchLanguage(state: ViewerState, context: Ready): ViewerState {
  const { locales } = context;
  if (locales.length < 2) return state;
  const locale = locales[(locales.indexOf(state.locale) + 1) % locales.length] ?? state.locale;
  const id = context.model.entries[state.selected]?.id ?? "";
  const switched: ViewerState = { ...state, locale, scroll: 0, match: null, picker: { ...state.picker, scroll: 0 } };
  const next = context.modelFor(locale);
  // Not composed yet: the viewer shows that it is composing, and `settle` selects the section after.
  return next === null ? { ...switched, reopen: id } : reopen(switched, id, { ...context, model: next });
}

/** Selects the section with this id in the state's language: the same section stays open across `l`. */
function reopen(state: ViewerState, id: string, context: Ready): ViewerState {
  const selected = Math.max(
    0,
    context.model.entries.findIndex((entry) => entry.id === id),
  );
  return { ...state, selected, navTop: keepVisible(selected, state.navTop, context.layout.bodyHeight) };
}

/** The first visible row that keeps `index` on screen, moving the window as little as possible. */
export function keepVisible(index: number, top: number, height: number): number {
  if (index < top) return index;
  if (index >= top + height) return index - height + 1;
  return top;
}

/** A page of scrolling: one line less than the pane, so the last line read stays in view. */
function page(height: number): number {
  return Math.max(1, height - 1);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}
