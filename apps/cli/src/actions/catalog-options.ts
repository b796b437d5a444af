import type { Locale } from "@policy/core";

/** The options every `policy catalog` subcommand takes. */
export interface CatalogOptions {
  /** The entries as the catalog holds them, for scripts, instead of text for people. */
  readonly json?: boolean;
  /** The language of descriptions and of core's labels (kinds of service, data categories, countries). */
  readonly locale: Locale;
}

/**
 * The width to fit text to: the terminal's, when stdout is one that reports it. Output to a pipe
 * or a file is never cut or wrapped, so what a script reads does not depend on a window's size.
 */
export function terminalWidth(stream: { readonly isTTY?: boolean; readonly columns?: number }): number | undefined {
  return stream.isTTY === true && typeof stream.columns === "number" && stream.columns > 0 ? stream.columns : undefined;
}

/** The entries as JSON, exactly as the catalog holds them. */
export function catalogJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
