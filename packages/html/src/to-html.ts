import { toHtml as hastToHtml } from "hast-util-to-html";
import type { HtmlOptions } from "./options.js";
import { toHast, type HtmlInput } from "./to-hast.js";

/**
 * The policy as HTML: an `<article>` fragment to embed in a site, or with `standalone` a whole page.
 * Every text from the policy is escaped; nothing raw is ever written.
 */
export function toHtml(input: HtmlInput, options?: HtmlOptions): string {
  return hastToHtml(toHast(input, options));
}
