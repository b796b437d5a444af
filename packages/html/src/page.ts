import type { Locale } from "@policy/core/render";
import type { Element, ElementContent, Root } from "hast";
import type { CssOptions } from "./options.js";
import { element, lines } from "./element.js";
import { htmlLabels } from "./labels.js";
import { builtInCss } from "./style.js";

export interface PageSettings {
  readonly language: Locale;
  readonly title: string;
  readonly css: CssOptions | undefined;
  /** The id the skip link leads to: the policy's first section, past the title and the contents. None, no skip link. */
  readonly skipTarget: string | undefined;
}

/**
 * Forbids everything a policy page never needs: scripts, and any request at all (fonts, images,
 * styles, frames, forms). Only the embedded style sheet applies. Escaping keeps policy text out of
 * the markup in the first place; this is the second line if it ever did not.
 */
export const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** A whole page around the article: doctype, language, charset, viewport, title, style sheet, skip link. */
export function page(article: Element, settings: PageSettings): Root {
  const head = element(
    "head",
    {},
    lines([
      element("meta", { charSet: "utf-8" }, []),
      element("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }, []),
      element("meta", { httpEquiv: ["Content-Security-Policy"], content: contentSecurityPolicy }, []),
      element("meta", { name: "referrer", content: "no-referrer" }, []),
      element("title", {}, [{ type: "text", value: settings.title }]),
      element("style", {}, [{ type: "text", value: `\n${styleSheet(settings.css)}` }]),
    ]),
  );
  const main = element("main", {}, lines([article]));
  const body = element("body", {}, lines(settings.skipTarget === undefined ? [main] : [skipLink(settings.skipTarget, settings.language), main]));
  const html = element("html", { lang: settings.language }, lines([head, body]));
  const newline: ElementContent = { type: "text", value: "\n" };
  return { type: "root", children: [{ type: "doctype" }, newline, html, newline] };
}

/**
 * The page's first focusable element: a link past the title and the table of contents to the
 * policy's text, for keyboard and screen reader users. The style sheet shows it only while it has
 * focus.
 */
function skipLink(target: string, language: Locale): Element {
  return element("a", { className: ["policy-skip"], href: `#${target}` }, [{ type: "text", value: htmlLabels[language].skipLink }]);
}

function styleSheet(css: CssOptions | undefined): string {
  if (css === undefined) return builtInCss;
  if ("replace" in css) return ensureNewline(css.replace);
  return `${builtInCss}${ensureNewline(css.extend)}`;
}

function ensureNewline(sheet: string): string {
  return sheet.endsWith("\n") ? sheet : `${sheet}\n`;
}
