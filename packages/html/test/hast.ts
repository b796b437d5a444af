import type { Element, Nodes, Root } from "hast";
import { fromHtml } from "hast-util-from-html";

/** Parses HTML as a browser would (parse5), a page or a fragment. */
export function parse(html: string, fragment: boolean): Root {
  return fromHtml(html, { fragment });
}

/** Every element in document order, optionally only those with this tag name. */
export function elements(tree: Nodes, tagName?: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === "element" && (tagName === undefined || node.tagName === tagName)) found.push(node);
    if ("children" in node) node.children.forEach(visit);
  };
  visit(tree);
  return found;
}

/** An element's text, as `textContent` would give it. */
export function textOf(node: Nodes): string {
  if (node.type === "text") return node.value;
  return "children" in node ? node.children.map(textOf).join("") : "";
}

export function byId(tree: Nodes, id: string): Element | undefined {
  return elements(tree).find((element) => element.properties.id === id);
}
