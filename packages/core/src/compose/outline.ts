import type { Nodes } from "mdast";
import type { PolicyDocument, PolicySection } from "./document.js";

/**
 * The document as plain text, for reading it in a terminal or a test: each section's title with
 * its id, then its content, one block per line (list items and table rows on lines of their own).
 * Untranslated text is wrapped in [lang: ...]. Not a renderer: no escaping, no Markdown.
 */
export function outline(document: PolicyDocument, options: { readonly firstLineOnly?: boolean } = {}): string {
  const lines: string[] = [`${document.meta.title} (${document.meta.language}, version ${document.meta.version})`];
  const walk = (section: PolicySection, depth: number) => {
    const indent = "  ".repeat(depth);
    lines.push(`${indent}# ${section.title}  {#${section.id} ${section.kind}}`);
    const blocks = section.content.flatMap((block) => blockLines(block));
    for (const line of options.firstLineOnly === true ? blocks.slice(0, 1) : blocks) lines.push(`${indent}  ${line}`);
    section.sections.forEach((child) => walk(child, depth + 1));
  };
  document.sections.forEach((section) => walk(section, 0));
  return `${lines.join("\n")}\n`;
}

function blockLines(node: Nodes): string[] {
  switch (node.type) {
    case "list":
      return node.children.flatMap((item) => item.children.flatMap(blockLines).map((line, index) => (index === 0 ? `- ${line}` : `  ${line}`)));
    case "table":
      return node.children.map((row) => `| ${row.children.map((cell) => phrasing(cell)).join(" | ")} |`);
    default:
      return [phrasing(node)];
  }
}

function phrasing(node: Nodes): string {
  if (node.type === "text") return node.data?.lang === undefined ? node.value : `[${node.data.lang}: ${node.value}]`;
  if (node.type === "break") return " / ";
  if (node.type === "link") return `${node.children.map(phrasing).join("")} <${node.url}>`;
  if ("children" in node) return (node.children as Nodes[]).map(phrasing).join("");
  return "value" in node ? String(node.value) : "";
}
