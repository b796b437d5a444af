import type { Nodes } from "hast";
import { elements } from "./hast.js";

/** Every element and attribute a rendered page may hold: the page shell's and the content's. */
const allowed: Record<string, readonly string[]> = {
  html: ["lang"],
  head: [],
  meta: ["charSet", "name", "content", "httpEquiv"],
  title: [],
  style: [],
  body: [],
  main: [],
  article: ["className", "lang"],
  nav: ["className", "ariaLabelledBy"],
  details: [],
  summary: [],
  section: ["id", "className", "ariaLabelledBy"],
  h1: ["id"],
  h2: ["id"],
  h3: ["id"],
  h4: ["id"],
  h5: ["id"],
  h6: ["id"],
  p: [],
  br: [],
  a: ["href", "rel", "className"],
  strong: [],
  em: [],
  del: [],
  code: [],
  pre: [],
  ul: [],
  ol: ["start"],
  li: [],
  blockquote: [],
  hr: [],
  address: [],
  span: ["lang", "className"],
  div: ["className", "role", "tabIndex", "ariaLabel"],
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ["scope"],
  td: ["dataLabel"],
};

/**
 * What in a parsed page is outside the allow-list: unknown elements, unknown attributes, links to
 * anything but a section, a web page, e-mail or phone, comments. Empty for a safe page.
 */
export function disallowedMarkup(tree: Nodes): string[] {
  const problems: string[] = [];
  const visitComments = (node: Nodes): void => {
    if (node.type === "comment") problems.push(`comment: ${node.value}`);
    if ("children" in node) node.children.forEach(visitComments);
  };
  visitComments(tree);
  for (const element of elements(tree)) {
    const attributes = allowed[element.tagName];
    if (attributes === undefined) {
      problems.push(`element <${element.tagName}>`);
      continue;
    }
    for (const name of Object.keys(element.properties)) {
      if (!attributes.includes(name)) problems.push(`attribute ${name} on <${element.tagName}>`);
    }
    const href = element.properties.href;
    if (href !== undefined && !/^(#[a-z0-9-]+|https?:\/\/[^\s]+|mailto:[^\s]+|tel:\+?[0-9]+)$/i.test(String(href))) {
      problems.push(`link to ${JSON.stringify(href)}`);
    }
  }
  return problems;
}
