import type { ElementContent } from "hast";

/**
 * Every `<a>` without an `href` replaced by its content. The allow-list removes an `href` it refuses
 * but keeps the element: it would look like a link and lead nowhere, and with the `rel` of a web
 * link it is invalid HTML. Its text stays, as for any refused link.
 */
export function withoutHrefLessLinks(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.flatMap((node) => {
    if (node.type !== "element") return [node];
    const children = withoutHrefLessLinks(node.children);
    return node.tagName === "a" && typeof node.properties.href !== "string" ? children : [{ ...node, children }];
  });
}
