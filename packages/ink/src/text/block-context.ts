import type { BlockContent, DefinitionContent } from "mdast";
import type { Prefix } from "./wrap.js";

// The types the block layouts share (`block-lines.ts` and `table-lines.ts`), in a module of their
// own so that neither layout has to import the other for them.

/** Section content: mdast block nodes, as in a `PolicySection`. */
export type ContentNode = BlockContent | DefinitionContent;

/** How a block is laid out: its width (prefix included), its prefix, and a style added to all its text. */
export interface BlockContext {
  readonly width: number;
  readonly prefix: Prefix;
  readonly style: number;
}
