import type { Link, Parents } from "mdast";
import { defaultHandlers, type Info, type State } from "mdast-util-to-markdown";

/**
 * Prints a link as mdast-util-to-markdown does, with one exception. A link whose text is its URL
 * becomes an autolink (`<https://example.com/a>`), and inside one a `|` in a table cell can only be
 * percent-encoded: readers would see `https://example.com/a%7Cb`. There the link is written as
 * `[text](url)` instead, where the text keeps its `|` (escaped) and the URL is the same.
 */
export function linkHandler(node: Link, parent: Parents | undefined, state: State, info: Info): string {
  if (!(node.url.includes("|") && state.stack.includes("tableCell"))) return defaultHandlers.link(node, parent, state, info);
  // The options belong to this one serialization (mdast-util-to-markdown copies them per call).
  const resourceLink = state.options.resourceLink;
  state.options.resourceLink = true;
  try {
    return defaultHandlers.link(node, parent, state, info);
  } finally {
    state.options.resourceLink = resourceLink;
  }
}
linkHandler.peek = defaultHandlers.link.peek;
