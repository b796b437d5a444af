import type { PolicyDocument } from "@policy/core/render";
import type { Yaml } from "mdast";

/**
 * YAML front matter for static site generators: the title, the language, the version and the two
 * dates, every value a double-quoted string. The node is an mdast `yaml` node, as remark-frontmatter
 * makes and expects; `toMarkdown` prints it with its own handler (`yamlHandler`).
 */
export function frontmatter(meta: PolicyDocument["meta"]): Yaml {
  const fields: readonly (readonly [string, string])[] = [
    ["title", meta.title],
    ["lang", meta.language],
    ["version", meta.version],
    ["effective", meta.effective],
    ["updated", meta.updated],
  ];
  return { type: "yaml", value: fields.map(([key, value]) => `${key}: ${yamlString(value)}`).join("\n") };
}

/**
 * A YAML double-quoted scalar. A JSON string is one already; on top, the characters YAML does not
 * allow unescaped (DEL, C1 controls, U+FEFF, U+FFFE, U+FFFF) and the ones YAML 1.1 reads as line
 * breaks (U+0085, U+2028, U+2029) are written as \u escapes, so the value stays on its line and
 * reads back unchanged.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
