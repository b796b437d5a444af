// The public API of @policy/core/render: what the renderers (@policy/markdown, @policy/html,
// @policy/ink) share, for rendering a PolicyDocument in any format. Every name is listed on
// purpose: what is not here is internal.

export { defaultLabels } from "./labels.js";
export { describeValue, optionChecks, type ResolvedToc, type TocOptions } from "./option-checks.js";
export { RenderOptionsError, type OptionsErrorClass } from "./options-error.js";
export { documentFor, isPolicyDocument, type RenderInput } from "./render-input.js";
export { safeContent, safeDefinitions, type ContentNode, type SafeContentOptions } from "./safe-content.js";
export { isSafeImageUrl, isSafeLinkUrl } from "./safe-url.js";
export { tableOfContents, type TableOfContents, type TocEntry } from "./table-of-contents.js";
// The ids compose makes, which renderers check before they write them as anchors or element ids.
export { sectionIdPattern } from "../compose/ids.js";
