// The public API of @policy/ink. Every name is listed on purpose: what is not here is internal.

export { ViewOptionsError, type ViewOptions } from "./options.js";
export { PolicyViewer, type PolicyViewerProps } from "./policy-viewer.js";
export { viewPolicy } from "./view-policy.js";
export { toText, type TextOptions } from "./text/to-text.js";
export { viewerCoverage } from "./messages/index.js";
