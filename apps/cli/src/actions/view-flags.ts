import type { Locale } from "@policy/core";

/** The options of `policy view`, as commander hands them over. */
export interface ViewFlags {
  readonly locale: Locale | undefined;
}
