import { sanitize } from "hast-util-sanitize";
import type { Element, ElementContent, Root as HastRoot } from "hast";
import type { Heading, Link, Paragraph, Table, Text } from "mdast";
import { toHast as mdastToHast, type Handlers, type State } from "mdast-util-to-hast";
import type { ContentNode } from "@policy/core/render";
import { contentSchema } from "./content-schema.js";
import { element, lines } from "./element.js";

/**
 * Cleaned section content as HTML elements: mdast-util-to-hast with handlers for what a policy
 * needs beyond CommonMark (contact blocks as `<address>`, captioned tables with header scopes,
 * untranslated text with its `lang`, headings below the section's own, safe external links), then
 * the content allow-list.
 */
export function contentToHast(nodes: readonly ContentNode[], sectionRank: number): ElementContent[] {
  const handlers: Handlers = { heading: heading(sectionRank), link, paragraph, table, text };
  const tree = mdastToHast({ type: "root", children: [...nodes] }, { handlers }) as HastRoot;
  // Top-level line breaks between blocks are dropped: the section puts its own between its children.
  return (sanitize(tree, contentSchema) as HastRoot).children.filter(
    (node) => !(node.type === "text" && node.value.trim() === ""),
  ) as ElementContent[];
}

/** A heading inside content sits below its section's heading: its depth is added (at most `<h6>`). */
function heading(sectionRank: number) {
  return (state: State, node: Heading): Element => element(`h${Math.min(6, sectionRank + node.depth)}`, {}, state.all(node));
}

function paragraph(state: State, node: Paragraph): Element {
  return element(node.data?.address === true ? "address" : "p", {}, state.all(node));
}

/** Links leave the page only to http(s), mailto and tel (checked by `safeContent`); web links carry no opener or referrer. */
function link(state: State, node: Link): Element {
  const external = /^https?:/i.test(node.url);
  return element("a", external ? { href: node.url, rel: ["noopener", "noreferrer"] } : { href: node.url }, state.all(node));
}

/** Untranslated text in its own language, so screen readers pronounce it right. */
function text(_state: State, node: Text): ElementContent {
  const value: ElementContent = { type: "text", value: node.value };
  return node.data?.lang === undefined ? value : element("span", { lang: node.data.lang }, [value]);
}

/**
 * A table with its caption, column headers (`scope="col"`) and the first cell of each row as the
 * row's header (`scope="row"`: the service or cookie the row is about). It sits in a focusable,
 * labelled region that scrolls sideways on its own, so a wide table never widens the page.
 */
function table(state: State, node: Table): Element {
  const [head, ...body] = node.children;
  const caption = node.data?.caption;
  const cell = (tagName: "th" | "td", properties: Element["properties"], mdastCell: Table["children"][number]["children"][number]) =>
    element(tagName, properties, state.all(mdastCell));
  const rows: Element[] = [];
  if (caption !== undefined) rows.push(element("caption", {}, [{ type: "text", value: caption }]));
  if (head !== undefined) {
    rows.push(element("thead", {}, lines([element("tr", {}, lines(head.children.map((headCell) => cell("th", { scope: "col" }, headCell))))])));
  }
  if (body.length > 0) {
    const bodyRows = body.map((row) =>
      element(
        "tr",
        {},
        lines(row.children.map((bodyCell, index) => (index === 0 ? cell("th", { scope: "row" }, bodyCell) : cell("td", {}, bodyCell)))),
      ),
    );
    rows.push(element("tbody", {}, lines(bodyRows)));
  }
  const region = caption === undefined ? {} : { role: "region", ariaLabel: caption };
  return element("div", { className: ["policy-table"], tabIndex: 0, ...region }, lines([element("table", {}, lines(rows))]));
}
