import type { Locale, Policy } from "@policy/core";
import { Box, useApp } from "ink";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { Composing } from "./composing.js";
import { DataView } from "./data-view.js";
import { Footer } from "./footer.js";
import { Gutter } from "./gutter.js";
import { Header } from "./header.js";
import { Help } from "./help.js";
import type { Command } from "./key-command.js";
import { layoutFor } from "./layout.js";
import { messagesFor, type Messages } from "./messages/index.js";
import { PolicyModel } from "./model/policy-model.js";
import { SearchBar } from "./search-bar.js";
import { SectionList } from "./section-list.js";
import { SectionView } from "./section-view.js";
import { colourFromEnv } from "./text/colour.js";
import { TransfersView } from "./transfers-view.js";
import { useKeys } from "./use-keys.js";
import { useTerminalSize } from "./use-terminal-size.js";
import { initialState, settle, update, type ViewerContext, type ViewerState } from "./viewer-state.js";

export interface PolicyViewerProps {
  readonly policy: Policy;
  /** The language to start in; `l` switches among the policy's languages. Default: the policy's first. */
  readonly locale?: Locale;
  /** Colour on or off. Default: on, unless the NO_COLOR environment variable is set (https://no-color.org). */
  readonly color?: boolean;
  /** Called when the user quits (q, Esc, Ctrl-C), before ink's app exits. */
  readonly onQuit?: () => void;
}

/**
 * The policy in the terminal: a header, the sections and services beside the open section's text,
 * a footer with the keys. Fills the terminal and follows its size; below 80 columns the list and
 * the text take turns. The first frame (and the first after `l` to a new language) says the policy
 * is being composed; the text follows on the next turn of the event loop.
 */
export function PolicyViewer({ policy, locale, color, onQuit }: PolicyViewerProps) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const layout = useMemo(() => layoutFor(columns, rows), [columns, rows]);
  const colour = color ?? colourFromEnv(process.env);
  const policyModel = useMemo(() => new PolicyModel(policy), [policy]);
  const locales = policy.locales.length > 0 ? policy.locales : [locale ?? "en"];
  const [state, setState] = useState<ViewerState>(() => initialState(locale ?? locales[0] ?? "en"));
  // Null until the language is composed: then the body says so, and the effect below composes.
  const model = policyModel.composed(state.locale);
  const context: ViewerContext = { layout, locales, modelFor: (l: Locale) => policyModel.composed(l) };

  const quit = useRef({ onQuit, exit });
  quit.current = { onQuit, exit };
  // The handler reads the latest state and context through a ref: keys arrive faster than renders.
  const current = useRef({ state, context });
  current.current = { state, context };
  const apply = useCallback((next: ViewerState) => {
    const before = current.current.state;
    current.current = { ...current.current, state: next };
    setState(next);
    // Quit right away, not in an effect after the next render: nothing more should be drawn.
    if (next.quit && !before.quit) {
      quit.current.onQuit?.();
      quit.current.exit();
    }
  }, []);
  const onCommand = useCallback((command: Command) => {
    const { state: before, context } = current.current;
    apply(update(before, command, context));
  }, [apply]);
  const typing = useCallback(() => current.current.state.input !== null, []);
  useKeys(onCommand, typing);

  // Compose after the frame that says so is drawn (a timer, not in render: ink draws only when
  // render returns), then apply the keys pressed meanwhile. A compose error is thrown from render,
  // where ink's error boundary reports it and ends the app, as before.
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [failure, setFailure] = useState<{ readonly error: unknown } | null>(null);
  useEffect(() => {
    if (model !== null) return;
    const timer = setTimeout(() => {
      try {
        policyModel.forLocale(state.locale);
      } catch (error) {
        setFailure({ error });
        return;
      }
      const { state: before, context } = current.current;
      if (before.quit) return;
      apply(settle(before, context));
      // The state may be the same object (no key waited): draw the text all the same.
      redraw();
    }, 0);
    return () => clearTimeout(timer);
  }, [policyModel, state.locale, model, apply]);
  if (failure !== null) throw failure.error;

  if (model === null) {
    const m = messagesFor(state.locale);
    return (
      <Box flexDirection="column" width={columns} height={rows}>
        <Header policy={policy} messages={m} width={columns} colour={colour} />
        <Composing text={m.composing} width={columns} height={layout.bodyHeight} colour={colour} />
        <Footer text={footerText(state, null, m)} width={columns} colour={colour} />
      </Box>
    );
  }

  const m = model.messages;
  const { narrow, navWidth, textWidth, bodyHeight } = layout;
  const entry = model.entries[state.selected];

  let body;
  if (state.overlay === "help") body = <Help messages={m} width={columns} height={bodyHeight} colour={colour} />;
  else if (state.overlay === "data") body = <DataView model={model} state={state.picker} layout={layout} colour={colour} />;
  else if (state.overlay === "transfers") body = <TransfersView model={model} state={state.picker} layout={layout} colour={colour} />;
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
        entry={entry}
        scroll={state.scroll}
        width={textWidth}
        height={bodyHeight}
        query={state.query}
        current={state.match?.entry === state.selected ? state.match.occurrence : null}
        colour={colour}
      />
    );
    body = narrow ? (
      state.focus === "nav" ? list : text
    ) : (
      <Box flexDirection="row" height={bodyHeight}>
        {list}
        <Gutter height={bodyHeight} colour={colour} />
        {text}
      </Box>
    );
  }

  let footer;
  if (state.input !== null) {
    footer = <SearchBar input={state.input} found={model.matchingEntries(state.input).length} messages={m} width={columns} colour={colour} />;
  } else {
    footer = <Footer text={footerText(state, model.matchingEntries(state.query), m)} width={columns} colour={colour} />;
  }

  return (
    <Box flexDirection="column" width={columns} height={rows}>
      <Header policy={policy} messages={m} width={columns} colour={colour} />
      {body}
      {footer}
    </Box>
  );
}

/** The footer's line; `matching` is null while composing, when the search's sections are not known yet. */
function footerText(state: ViewerState, matching: readonly number[] | null, m: Messages): string {
  if (state.overlay === "help") return m.footer.help;
  if (state.overlay !== "none") return m.footer.view;
  if (state.query === "" || matching === null) return m.footer.browse;
  if (matching.length === 0) return m.search.none(state.query);
  const position = matching.indexOf(state.selected);
  return m.search.status(state.query, position === -1 ? 0 : position + 1, matching.length);
}
