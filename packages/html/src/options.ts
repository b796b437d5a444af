import { locales, type Locale } from "@policy/core";

/** The table of contents: `true` for the defaults, or these settings. */
export interface TocOptions {
  /** How many levels of sections it lists: 1 for the top-level sections only. Default 2. */
  readonly depth?: number;
  /** Its heading. Default "Contents" (en) or "Inhalt" (de), by the document's language. */
  readonly title?: string;
}

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
  /** Standalone pages only: replace or extend the built-in style sheet. */
  readonly css?: CssOptions;
}

/** Options after validation, with the defaults applied. */
export interface ResolvedOptions {
  readonly locale: Locale | undefined;
  readonly standalone: boolean;
  readonly toc: { readonly depth: number; readonly title: string | undefined } | null;
  readonly headingOffset: number;
  readonly title: string | undefined;
  readonly css: CssOptions | undefined;
}

/** An option with a wrong value. The message starts with the option's name; `option` holds it too. */
export class HtmlOptionsError extends TypeError {
  override readonly name = "HtmlOptionsError";
  readonly option: string;

  constructor(option: string, message: string) {
    super(message);
    this.option = option;
  }
}

const optionNames = ["locale", "standalone", "toc", "headingOffset", "title", "css"] as const;
const defaultTocDepth = 2;

/** Checks every option and applies the defaults; throws an `HtmlOptionsError` naming the first wrong one. */
export function resolveOptions(options: HtmlOptions | undefined): ResolvedOptions {
  if (options === undefined) options = {};
  if (!isRecord(options as unknown)) throw new HtmlOptionsError("options", `options must be an object, got ${describe(options)}`);
  rejectUnknown(options, optionNames, "");

  // Typed as unknown: JavaScript callers and casts can pass anything.
  const { locale, standalone = false, toc = false, headingOffset = 0, title, css } = options as Record<string, unknown>;
  if (locale !== undefined && !(locales as readonly unknown[]).includes(locale)) {
    throw new HtmlOptionsError("locale", `locale must be one of ${locales.join(", ")}, got ${describe(locale)}`);
  }
  if (typeof standalone !== "boolean") throw new HtmlOptionsError("standalone", `standalone must be true or false, got ${describe(standalone)}`);
  if (typeof headingOffset !== "number" || !Number.isInteger(headingOffset) || headingOffset < 0 || headingOffset > 5) {
    throw new HtmlOptionsError("headingOffset", `headingOffset must be an integer from 0 to 5, got ${describe(headingOffset)}`);
  }
  checkTitle("title", title);
  return { locale: locale as Locale | undefined, standalone, toc: resolveToc(toc), headingOffset, title, css: resolveCss(css, standalone) };
}

function resolveToc(toc: unknown): ResolvedOptions["toc"] {
  if (toc === false) return null;
  if (toc === true) return { depth: defaultTocDepth, title: undefined };
  if (!isRecord(toc)) throw new HtmlOptionsError("toc", `toc must be true, false or { depth?, title? }, got ${describe(toc)}`);
  rejectUnknown(toc, ["depth", "title"], "toc.");
  const { depth = defaultTocDepth, title } = toc;
  if (typeof depth !== "number" || !Number.isInteger(depth) || depth < 1 || depth > 6) {
    throw new HtmlOptionsError("toc.depth", `toc.depth must be an integer from 1 to 6, got ${describe(depth)}`);
  }
  checkTitle("toc.title", title);
  return { depth, title };
}

function checkTitle(name: string, title: unknown): asserts title is string | undefined {
  if (title !== undefined && (typeof title !== "string" || title.trim() === "")) {
    throw new HtmlOptionsError(name, `${name} must be a non-empty string, got ${describe(title)}`);
  }
}

function resolveCss(css: unknown, standalone: boolean): CssOptions | undefined {
  if (css === undefined) return undefined;
  if (!standalone) {
    throw new HtmlOptionsError("css", "css applies to standalone pages only: a fragment takes its style from the page it is embedded in");
  }
  if (!isRecord(css) || Object.keys(css).length !== 1 || !("replace" in css || "extend" in css)) {
    throw new HtmlOptionsError("css", `css must be { replace: string } or { extend: string }, got ${describe(css)}`);
  }
  const [name, sheet] = Object.entries(css)[0]!;
  if (typeof sheet !== "string") throw new HtmlOptionsError(`css.${name}`, `css.${name} must be a string, got ${describe(sheet)}`);
  // The sheet goes into a <style> element, whose text the serializer cannot escape: an end tag in it
  // would end the element and let the rest be read as HTML.
  if (/<\/style/i.test(sheet)) throw new HtmlOptionsError(`css.${name}`, `css.${name} must not contain "</style"`);
  return name === "replace" ? { replace: sheet } : { extend: sheet };
}

function rejectUnknown(object: object, known: readonly string[], prefix: string): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) {
      throw new HtmlOptionsError(prefix + key, `${prefix}${key} is not an option; the options are ${known.map((name) => prefix + name).join(", ")}`);
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value as it appears in an error message: strings quoted, the rest as JavaScript would print it. */
function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "an array";
  if (value === null || typeof value !== "object") return String(value);
  return "an object";
}
