import { locales, type Locale } from "@policy/core";

/** The table of contents: `true` for the defaults, or these settings. */
export interface TocOptions {
  /** How many levels of sections it lists: 1 for the top-level sections only. Default 2. */
  readonly depth?: number;
  /** Its heading. Default "Contents" (en) or "Inhalt" (de), by the document's language. */
  readonly title?: string;
}

export interface MarkdownOptions {
  /** The language to compose a `Policy` in (required for a `Policy`); for a `PolicyDocument`, absent or its language. */
  readonly locale?: Locale;
  /** Added to every heading's depth: the title is depth 1 + offset, deeper levels stop at 6. 0 to 5, default 0. */
  readonly headingOffset?: number;
  /** A linked table of contents after the title. Default false. */
  readonly toc?: boolean | TocOptions;
  /** YAML front matter with the title, language, version and dates. Default false. */
  readonly frontmatter?: boolean;
  /** true: GFM tables; false: the tables as nested lists, for renderers without tables. Default true. */
  readonly tables?: boolean;
}

/** Options after validation, with the defaults applied. */
export interface ResolvedOptions {
  readonly locale: Locale | undefined;
  readonly headingOffset: number;
  readonly toc: { readonly depth: number; readonly title: string | undefined } | null;
  readonly frontmatter: boolean;
  readonly tables: boolean;
}

/** An option with a wrong value. The message starts with the option's name; `option` holds it too. */
export class MarkdownOptionsError extends TypeError {
  override readonly name = "MarkdownOptionsError";
  readonly option: string;

  constructor(option: string, message: string) {
    super(message);
    this.option = option;
  }
}

const optionNames = ["locale", "headingOffset", "toc", "frontmatter", "tables"] as const;
const tocOptionNames = ["depth", "title"] as const;

export const defaultTocDepth = 2;

/** Checks every option and applies the defaults; throws a `MarkdownOptionsError` naming the first wrong one. */
export function resolveOptions(options: MarkdownOptions | undefined): ResolvedOptions {
  if (options === undefined) options = {};
  if (!isRecord(options as unknown)) throw new MarkdownOptionsError("options", `options must be an object, got ${describe(options)}`);
  rejectUnknown(options, optionNames, "");

  // Typed as unknown: JavaScript callers and casts can pass anything.
  const { locale, headingOffset = 0, toc = false, frontmatter = false, tables = true } = options as Record<string, unknown>;
  if (locale !== undefined && !isLocale(locale)) {
    throw new MarkdownOptionsError("locale", `locale must be one of ${locales.join(", ")}, got ${describe(locale)}`);
  }
  if (typeof headingOffset !== "number" || !Number.isInteger(headingOffset) || headingOffset < 0 || headingOffset > 5) {
    throw new MarkdownOptionsError("headingOffset", `headingOffset must be an integer from 0 to 5, got ${describe(headingOffset)}`);
  }
  checkBoolean("frontmatter", frontmatter);
  checkBoolean("tables", tables);
  return { locale, headingOffset, toc: resolveToc(toc), frontmatter, tables };
}

function resolveToc(toc: unknown): ResolvedOptions["toc"] {
  if (toc === false) return null;
  if (toc === true) return { depth: defaultTocDepth, title: undefined };
  if (!isRecord(toc)) throw new MarkdownOptionsError("toc", `toc must be true, false or { depth?, title? }, got ${describe(toc)}`);
  rejectUnknown(toc, tocOptionNames, "toc.");
  const { depth = defaultTocDepth, title } = toc;
  if (typeof depth !== "number" || !Number.isInteger(depth) || depth < 1 || depth > 6) {
    throw new MarkdownOptionsError("toc.depth", `toc.depth must be an integer from 1 to 6, got ${describe(depth)}`);
  }
  if (title !== undefined && (typeof title !== "string" || title.trim() === "")) {
    throw new MarkdownOptionsError("toc.title", `toc.title must be a non-empty string, got ${describe(title)}`);
  }
  return { depth, title };
}

function checkBoolean(name: "frontmatter" | "tables", value: unknown): asserts value is boolean {
  if (typeof value !== "boolean") throw new MarkdownOptionsError(name, `${name} must be true or false, got ${describe(value)}`);
}

function rejectUnknown(object: object, known: readonly string[], prefix: string): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) {
      throw new MarkdownOptionsError(
        prefix + key,
        `${prefix}${key} is not an option; the options are ${known.map((name) => prefix + name).join(", ")}`,
      );
    }
  }
}

function isLocale(value: unknown): value is Locale {
  return (locales as readonly unknown[]).includes(value);
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
