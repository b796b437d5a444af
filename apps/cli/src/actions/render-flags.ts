import type { Locale } from "@policy/core";
import type { Format } from "../output-plan.js";

/** The options of `policy render`, as commander hands them over. */
export interface RenderFlags {
  readonly format: Format;
  readonly locale: Locale | "all" | undefined;
  readonly out: string | undefined;
  readonly standalone: boolean;
  readonly toc: boolean;
  /** md, html: the index after the text; json: the index in the document. */
  readonly index: boolean;
  readonly check: boolean;
  /** Write `<name>.lock.json` beside the files (`--no-lock` turns it off). */
  readonly lock: boolean;
}
