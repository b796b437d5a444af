import { describeValue, type Locale, optionChecks, RenderOptionsError, type ResolvedToc, type TocOptions } from "@policy/core/render";

export type { TocOptions };

/** The standalone page's style sheet: the built-in one replaced, or the built-in one and yours after it. */
export type CssOptions = { readonly replace: string } | { readonly extend: string };

export interface HtmlOptions {
  /** The language to compose a `Policy` in (required for a `Policy`); for a `PolicyDocument`, absent or its language. */
  readonly locale?: Locale;
  /** true: a whole page (doctype, head, embedded style sheet); false: an `<article>` to embed in a site. Default false. */
  readonly standalone?: boolean;
  /** A linked table of contents (`<nav>`) after the title. Default false. */
  readonly toc?: boolean | TocOptions;
  /** Added to every heading's rank: the title is `<h1>` plus the offset, deeper levels stop at `<h6>`. 0 to 5, default 0. */
  readonly headingOffset?: number;
  /** The policy's heading (and the page's `<title>`). Default: the document's title ("Privacy policy", "Datenschutzerklärung"). */
  readonly title?: string;
  /**
   * The controller's name on a line of its own under the title, in the same heading: "Privacy policy"
   * and below it "Lindenberg & Ohm Beratung GmbH". Default true; false for a title that names it already.
   */
  readonly controllerInTitle?: boolean;
  /** Standalone pages only: replace or extend the built-in style sheet. */
  readonly css?: CssOptions;
  /**
   * The index after the policy's text: which services process which data, and where the data goes
   * (the terminal viewer's `d` and `t`). Default false.
   */
  readonly index?: boolean;
}

/** Options after validation, with the defaults applied. */
export interface ResolvedOptions {
  readonly locale: Locale | undefined;
  readonly standalone: boolean;
  readonly toc: ResolvedToc;
  readonly headingOffset: number;
  readonly title: string | undefined;
  readonly controllerInTitle: boolean;
  readonly css: CssOptions | undefined;
  readonly index: boolean;
}

/**
 * An option with a wrong value. The message starts with the option's name; `option` holds it too.
 * A `RenderOptionsError` (from `@policy/core/render`) and so a `TypeError`.
 */
export class HtmlOptionsError extends RenderOptionsError {
  override readonly name = "HtmlOptionsError";
}

const optionNames = ["locale", "standalone", "toc", "headingOffset", "title", "controllerInTitle", "css", "index"] as const;
const check = optionChecks(HtmlOptionsError);

/** Checks every option and applies the defaults; throws an `HtmlOptionsError` naming the first wrong one. */
export function resolveOptions(options: HtmlOptions | undefined): ResolvedOptions {
  const {
    locale,
    standalone = false,
    toc = false,
    headingOffset = 0,
    title,
    controllerInTitle = true,
    css,
    index = false,
  } = check.options(options, optionNames);
  const resolvedLocale = check.locale(locale);
  const isStandalone = check.boolean("standalone", standalone);
  return {
    locale: resolvedLocale,
    standalone: isStandalone,
    headingOffset: check.integer("headingOffset", headingOffset, 0, 5),
    title: check.title("title", title),
    controllerInTitle: check.boolean("controllerInTitle", controllerInTitle),
    toc: check.toc(toc),
    css: resolveCss(css, isStandalone),
    index: check.boolean("index", index),
  };
}

function resolveCss(css: unknown, standalone: boolean): CssOptions | undefined {
  if (css === undefined) return undefined;
  if (!standalone) {
    throw new HtmlOptionsError("css", "css applies to standalone pages only: a fragment takes its style from the page it is embedded in");
  }
  if (typeof css !== "object" || css === null || Array.isArray(css) || Object.keys(css).length !== 1 || !("replace" in css || "extend" in css)) {
    throw new HtmlOptionsError("css", `css must be { replace: string } or { extend: string }, got ${describeValue(css)}`);
  }
  const [name, sheet] = Object.entries(css)[0]!;
  if (typeof sheet !== "string") throw new HtmlOptionsError(`css.${name}`, `css.${name} must be a string, got ${describeValue(sheet)}`);
  // The sheet goes into a <style> element, whose text the serializer cannot escape: an end tag in it
  // would end the element and let the rest be read as HTML.
  if (/<\/style/i.test(sheet)) throw new HtmlOptionsError(`css.${name}`, `css.${name} must not contain "</style"`);
  return name === "replace" ? { replace: sheet } : { extend: sheet };
}
