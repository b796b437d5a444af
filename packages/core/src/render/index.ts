// The public API of @policy/core/render: what the renderers (@policy/markdown, @policy/html,
// @policy/ink) share, for rendering a PolicyDocument in any format. Every name is listed on
// purpose: what is not here is internal.

export { compareTexts, type TextCoverage } from "../coverage/text-coverage.js";
export { defaultLabels } from "./labels.js";
export { describeValue, optionChecks, type ResolvedToc, type TocOptions } from "./option-checks.js";
export { RenderOptionsError, type OptionsErrorClass } from "./options-error.js";
export { policyDocuments, type DocumentFacts, type PolicyDocuments } from "./policy-documents.js";
export { documentFor, isPolicyDocument, type RenderInput } from "./render-input.js";
export { safeContent, safeDefinitions, type ContentNode, type SafeContentOptions } from "./safe-content.js";
export { serviceFacts, type ServiceFacts } from "./service-facts.js";
export { policyFacts, type AuthorityFacts, type PolicyFacts, type RightFacts } from "./policy-facts.js";
export { isSafeImageUrl, isSafeLinkUrl } from "./safe-url.js";
export { tableOfContents, type TableOfContents, type TocEntry } from "./table-of-contents.js";
// What a renderer reads, so that a renderer needs nothing from @policy/core's root (where the model is).
export type { PolicyDocument, PolicySection, SectionKind } from "../compose/document.js";
export type { Locale } from "../taxonomy/index.js";
export { isSourceLocale } from "../taxonomy/types.js";
// The ids compose makes, which renderers check before they write them as anchors or element ids.
export { sectionIdPattern } from "../compose/ids.js";
