import { type Locale, optionChecks, RenderOptionsError, type ResolvedToc, type TocOptions } from "@policy/core/render";

export type { TocOptions };

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
  /**
   * The index after the policy's text: which services process which data, and where the data goes
   * (the terminal viewer's `d` and `t`). Default false.
   */
  readonly index?: boolean;
}

/** Options after validation, with the defaults applied. */
export interface ResolvedOptions {
  readonly locale: Locale | undefined;
  readonly headingOffset: number;
  readonly toc: ResolvedToc;
  readonly frontmatter: boolean;
  readonly tables: boolean;
  readonly index: boolean;
}

/**
 * An option with a wrong value. The message starts with the option's name; `option` holds it too.
 * A `RenderOptionsError` (from `@policy/core/render`) and so a `TypeError`.
 */
export class MarkdownOptionsError extends RenderOptionsError {
  override readonly name = "MarkdownOptionsError";
}

const optionNames = ["locale", "headingOffset", "toc", "frontmatter", "tables", "index"] as const;
const check = optionChecks(MarkdownOptionsError);

/** Checks every option and applies the defaults; throws a `MarkdownOptionsError` naming the first wrong one. */
export function resolveOptions(options: MarkdownOptions | undefined): ResolvedOptions {
  const { locale, headingOffset = 0, toc = false, frontmatter = false, tables = true, index = false } = check.options(options, optionNames);
  return {
    locale: check.locale(locale),
    headingOffset: check.integer("headingOffset", headingOffset, 0, 5),
    frontmatter: check.boolean("frontmatter", frontmatter),
    tables: check.boolean("tables", tables),
    index: check.boolean("index", index),
    toc: check.toc(toc),
  };
}
