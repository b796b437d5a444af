import { sectionIdPattern } from "@policy/core/render";
import type { Html } from "mdast";

/**
 * The anchor that makes a section linkable by its id: `<a id="service-video-meetings"></a>`, placed at
 * the start of the section's heading. The id is checked against the pattern compose guarantees, and
 * escaped all the same, so this is the one place raw HTML enters the output.
 */
export function anchor(id: string): Html {
  if (!sectionIdPattern.test(id)) {
    throw new TypeError(`section id must be lower-case letters, digits and hyphens, got ${JSON.stringify(id)}`);
  }
  return { type: "html", value: `<a id="${escapeAttribute(id)}"></a>` };
}

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
