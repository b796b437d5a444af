import { gfmTableToMarkdown } from "mdast-util-gfm-table";
import { toMarkdown as serialize, type Options } from "mdast-util-to-markdown";
import type { MarkdownInput } from "./input.js";
import { linkHandler } from "./link-handler.js";
import type { MarkdownOptions } from "./options.js";
import { toMdast } from "./to-mdast.js";
import { textUnsafe } from "./unsafe.js";
import { yamlHandler } from "./yaml-handler.js";

/** How the tree is printed: fixed, so the same document gives the same bytes everywhere. */
const serializeOptions: Options = {
  extensions: [gfmTableToMarkdown()],
  handlers: { yaml: yamlHandler, link: linkHandler },
  unsafe: [...textUnsafe],
  bullet: "-",
  emphasis: "_",
  strong: "*",
  fences: true,
  rule: "-",
  listItemIndent: "one",
  incrementListMarker: true,
};

/**
 * The policy as Markdown: CommonMark, with GFM tables unless `tables: false`. Same input and options,
 * same output, byte for byte; it ends with one newline.
 */
export function toMarkdown(input: MarkdownInput, options?: MarkdownOptions): string {
  return serialize(toMdast(input, options), serializeOptions);
}
