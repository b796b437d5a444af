import type { ElementContent } from "hast";

/**
 * Every `<a>` without an `href` replaced by its content. The allow-list removes an `href` it refuses
 * but keeps the element; a link without a target is an error in HTML (the Nu checker reports it) and
 * a stop for keyboard and screen reader users that leads nowhere. Its text stays, as for any refused
 * link.
 */
export function withoutHrefLessLinks(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.flatMap((node) => {
    if (node.type !== "element") return [node];
    const children = withoutHrefLessLinks(node.children);
    return node.tagName === "a" && typeof node.properties.href !== "string" ? children : [{ ...node, children }];
  });
}
