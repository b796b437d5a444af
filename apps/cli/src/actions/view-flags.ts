import type { Locale } from "@policy/core";

/** The options of `policy view`, as commander hands them over. */
export interface ViewFlags {
  readonly locale: Locale | undefined;
  /** Without a terminal: the width of the plain text (20 to 1000 columns). */
  readonly width?: number | undefined;
}
