import type { Processor } from "../model/processor.js";

/** Processors by id, as `@policy/catalog` exports them; core itself knows no providers. */
export type Catalog = Readonly<Record<string, Processor>>;

export interface ParseOptions {
  /** Where `processor: zoom` is looked up. Without it, only inline processors can be used. */
  readonly catalog?: Catalog;
}
