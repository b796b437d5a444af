import type { Element, ElementContent, Root } from "hast";
import type { CssOptions } from "./options.js";
import { element, lines } from "./element.js";
import { builtInCss } from "./style.js";

export interface PageSettings {
  readonly language: string;
  readonly title: string;
  readonly css: CssOptions | undefined;
}

/**
 * Forbids everything a policy page never needs: scripts, and any request at all (fonts, images,
 * styles, frames, forms). Only the embedded style sheet applies. Escaping keeps policy text out of
 * the markup in the first place; this is the second line if it ever did not.
 */
export const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** A whole page around the article: doctype, language, charset, viewport, title, style sheet. */
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
  const body = element("body", {}, lines([element("main", {}, lines([article]))]));
  const html = element("html", { lang: settings.language }, lines([head, body]));
  const newline: ElementContent = { type: "text", value: "\n" };
  return { type: "root", children: [{ type: "doctype" }, newline, html, newline] };
}

function styleSheet(css: CssOptions | undefined): string {
  if (css === undefined) return builtInCss;
  if ("replace" in css) return ensureNewline(css.replace);
  return `${builtInCss}${ensureNewline(css.extend)}`;
}

function ensureNewline(sheet: string): string {
  return sheet.endsWith("\n") ? sheet : `${sheet}\n`;
}
