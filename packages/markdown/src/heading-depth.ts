import type { Heading } from "mdast";

/**
 * The depth of a heading at `level` in the document: the title is level 0, top-level sections level 1.
 * `offset` moves everything down (a docs page embeds the policy under its own title); Markdown has
 * six levels, so anything deeper stays at 6.
 */
export function headingDepth(level: number, offset: number): Heading["depth"] {
  return Math.min(6, 1 + offset + level) as Heading["depth"];
}
