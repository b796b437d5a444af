import { policyDocuments, type Locale, type RenderInput } from "@policy/core/render";
import { useApp } from "ink";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { HeaderMeta } from "./header.js";
import type { Command } from "./key-command.js";
import { layoutFor, type Layout } from "./layout.js";
import { messagesFor, type Messages } from "./messages/index.js";
import { PolicyModel, type LocaleModel } from "./model/policy-model.js";
import { warmUp } from "./model/warm-up.js";
import { ViewOptionsError } from "./options.js";
import { colourFromEnv } from "./text/colour.js";
import { useKeys } from "./use-keys.js";
import { useTerminalSize } from "./use-terminal-size.js";
import { initialState, isTyping, settle, update, type ViewerContext, type ViewerState } from "./viewer-state.js";

const noWarnings: readonly string[] = [];

export interface PolicyViewerOptions {
  readonly policy: RenderInput;
  readonly locale?: Locale | undefined;
  readonly color?: boolean | undefined;
  readonly onQuit?: (() => void) | undefined;
  readonly warnings?: readonly string[] | undefined;
}

/** What the viewer draws: the state, the composed language (null while composing) and the screen. */
export interface PolicyViewerView {
  readonly state: ViewerState;
  /** The language's document and what is made of it; null until it is composed. */
  readonly model: LocaleModel | null;
  readonly messages: Messages;
  readonly meta: HeaderMeta;
  readonly warnings: readonly string[];
  readonly layout: Layout;
  readonly colour: boolean;
}

/**
 * The viewer's state and its inputs: the terminal's size, the keys, quitting, and composing each
 * language after the frame that says so. The policy (or document) is met once, in
 * `policyDocuments`: its languages, the facts the header shows before the first document is
 * composed, and each language's document; the body draws from the documents only.
 */
export function usePolicyViewer({ policy, locale, color, onQuit, warnings = noWarnings }: PolicyViewerOptions): PolicyViewerView {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const layout = useMemo(() => layoutFor(columns, rows), [columns, rows]);
  const colour = color ?? colourFromEnv(process.env);
  // A document that does not fit (another language, no index) is thrown here, from render: ink's
  // error boundary reports it. viewPolicy checks the same before it takes the screen.
  const policyModel = useMemo(() => new PolicyModel(policyDocuments(policy, locale, ViewOptionsError, { index: true })), [policy, locale]);
  const locales = policyModel.documents.languages;
  const [state, setState] = useState<ViewerState>(() => initialState(locale ?? locales[0] ?? "en"));
  // Null until the language is composed: then the body says so, and the effect below composes.
  const model = policyModel.composed(state.locale);
  const context: ViewerContext = { layout, locales, warnings, modelFor: (l: Locale) => policyModel.composed(l) };

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
  const onCommand = useCallback(
    (command: Command) => {
      const { state: before, context } = current.current;
      apply(update(before, command, context));
    },
    [apply],
  );
  const typing = useCallback(() => isTyping(current.current.state), []);
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

  // Once a language is shown, what its first search and its first visits in d and t would lay out
  // is made in the background, between keys (see warmUp).
  useEffect(() => (model === null ? undefined : warmUp(model, layout.textWidth)), [model, layout.textWidth]);

  const messages = model?.messages ?? messagesFor(state.locale);
  // Before compose, the header says what the document will: its title is the messages', the rest the policy's.
  const meta: HeaderMeta = model?.document.meta ?? { title: messages.header.title, ...policyModel.documents.facts };
  return { state, model, messages, meta, warnings, layout, colour };
}
