import type { List, ListItem, PhrasingContent, Table, TableCell } from "mdast";
import type { ContentNode } from "@policy/core/render";

/**
 * For renderers without GFM tables (`tables: false`): every table becomes a list with one item per
 * row. The item starts with the row's first cell in bold; the other cells follow as a nested list,
 * each labelled with its column's header ("Legal basis: Art. 6(1)(b) GDPR"). Empty cells are left out.
 * A table with a header row only becomes one item listing the headers.
 */
export function tablesToLists(nodes: readonly ContentNode[]): ContentNode[] {
  return nodes.map((node) => {
    switch (node.type) {
      case "table":
        return tableToList(node);
      case "blockquote":
        return { ...node, children: tablesToLists(node.children as ContentNode[]) as typeof node.children };
      case "list":
        return {
          ...node,
          children: node.children.map((item) => ({ ...item, children: tablesToLists(item.children as ContentNode[]) as ListItem["children"] })),
        };
      default:
        return node;
    }
  });
}

export function tableToList(table: Table): List {
  const [header, ...rows] = table.children;
  const headers = header?.children ?? [];
  if (rows.length === 0) {
    const cells = headers.filter((cell) => !isEmpty(cell)).map((cell) => cell.children);
    return list(cells.length === 0 ? [] : [item(join(cells, ", "))]);
  }
  return list(
    rows.map((row) => {
      const [first, ...rest] = row.children;
      const entries = rest.flatMap((cell, index) => {
        if (isEmpty(cell)) return [];
        const label = headers[index + 1];
        const labelled: PhrasingContent[] =
          label === undefined || isEmpty(label) ? [...cell.children] : [...label.children, { type: "text", value: ": " }, ...cell.children];
        return [item(labelled)];
      });
      const title: PhrasingContent[] = first === undefined || isEmpty(first) ? [] : [{ type: "strong", children: [...first.children] }];
      const children: ListItem["children"] = [];
      if (title.length > 0) children.push({ type: "paragraph", children: title });
      if (entries.length > 0) children.push(list(entries));
      return { type: "listItem", spread: false, children };
    }),
  );
}

function list(children: ListItem[]): List {
  return { type: "list", ordered: false, spread: false, children };
}

function item(children: PhrasingContent[]): ListItem {
  return { type: "listItem", spread: false, children: [{ type: "paragraph", children }] };
}

function join(parts: readonly (readonly PhrasingContent[])[], separator: string): PhrasingContent[] {
  return parts.flatMap((part, index) => (index === 0 ? [...part] : [{ type: "text", value: separator } as PhrasingContent, ...part]));
}

function isEmpty(cell: TableCell): boolean {
  return cell.children.every((child) => child.type === "text" && child.value.trim() === "");
}
