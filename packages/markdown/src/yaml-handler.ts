import type { Yaml } from "mdast";

/**
 * Prints a `yaml` node as a front matter block. mdast-util-to-markdown has no handler for it (that
 * comes with mdast-util-frontmatter), and this one line is all the output needs. Its value is made by
 * `frontmatter`, so it holds no `---` line of its own.
 */
export function yamlHandler(node: Yaml): string {
  return `---\n${node.value}\n---`;
}
