// The public API of @policy/markdown. Every name is listed on purpose: what is not here is internal.

export type { MarkdownInput } from "./input.js";
export { MarkdownOptionsError, type MarkdownOptions, type TocOptions } from "./options.js";
export { toMarkdown } from "./to-markdown.js";
export { toMdast } from "./to-mdast.js";
