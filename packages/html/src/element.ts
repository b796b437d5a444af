import type { Element, ElementContent, Nodes, Properties } from "hast";

/** A hast element. */
export function element(tagName: string, properties: Properties, children: readonly ElementContent[]): Element {
  return { type: "element", tagName, properties, children: [...children] };
}

/** Children with a line break before each and after the last: readable source without changing the rendering. */
export function lines(children: readonly ElementContent[]): ElementContent[] {
  return children.flatMap((child) => [{ type: "text", value: "\n" } as const, child]).concat({ type: "text", value: "\n" });
}

/** The text of a node and its descendants, as `textContent` gives it. */
export function textContent(node: Nodes): string {
  if (node.type === "text") return node.value;
  return "children" in node ? node.children.map(textContent).join("") : "";
}
