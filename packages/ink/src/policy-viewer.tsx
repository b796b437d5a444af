import type { Locale, RenderInput } from "@policy/core/render";
import { PolicyViewerBody } from "./policy-viewer-body.js";
import { usePolicyViewer } from "./use-policy-viewer.js";

export interface PolicyViewerProps {
  /**
   * The policy (from `parsePolicy` or `loadPolicy`), composed in each language when it is first
   * shown; or one document, from `compose(policy, { locale, index: true })` (the index feeds `d` and `t`).
   */
  readonly policy: RenderInput;
  /** The language to start in; `l` switches among the policy's languages. Default: the policy's first (a document's own). */
  readonly locale?: Locale;
  /** Colour on or off. Default: on, unless the NO_COLOR environment variable is set (https://no-color.org). */
  readonly color?: boolean;
  /** Called when the user quits (q, Ctrl-C), before ink's app exits. */
  readonly onQuit?: () => void;
  /**
   * The warnings validation gave about the policy, a line each (`formatIssue` from `@policy/core`):
   * the header says how many there are, and `w` lists them.
   */
  readonly warnings?: readonly string[];
}

/**
 * The policy in the terminal: a header, the sections and services beside the open section's text,
 * a footer with the keys. Fills the terminal and follows its size; below 80 columns the list and
 * the text take turns. The first frame (and the first after `l` to a new language) says the policy
 * is being composed; the text follows on the next turn of the event loop.
 *
 * `usePolicyViewer` holds the state and composes the policy; `PolicyViewerBody` draws the composed
 * document.
 */
export function PolicyViewer(props: PolicyViewerProps) {
  return <PolicyViewerBody {...usePolicyViewer(props)} />;
}
