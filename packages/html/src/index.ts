// The public API of @policy/html. Every name is listed on purpose: what is not here is internal.

export { HtmlOptionsError, type CssOptions, type HtmlOptions, type TocOptions } from "./options.js";
export { contentSecurityPolicy } from "./page.js";
export { builtInCss } from "./style.js";
export { toHast, type HtmlInput } from "./to-hast.js";
export { toHtml } from "./to-html.js";
