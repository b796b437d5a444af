import { sanitize } from "hast-util-sanitize";
import type { Element, ElementContent, Root as HastRoot } from "hast";
import type { Heading, Link, Paragraph, Table, Text } from "mdast";
import { toHast as mdastToHast, type Handlers, type State } from "mdast-util-to-hast";
import type { ContentNode } from "@policy/core/render";
import { contentSchema } from "./content-schema.js";
import { element, lines, textContent } from "./element.js";
import { withoutHrefLessLinks } from "./href-less-links.js";
import { breakableLongWords } from "./long-words.js";

/**
 * Cleaned section content as HTML elements: mdast-util-to-hast with handlers for what a policy
 * needs beyond CommonMark (contact blocks as `<address>`, captioned tables with header scopes,
 * untranslated text with its `lang`, headings below the section's own, safe external links), then
 * the content allow-list, then any link it took the target from replaced by its text.
 */
export function contentToHast(nodes: readonly ContentNode[], sectionRank: number): ElementContent[] {
  const handlers: Handlers = { heading: heading(sectionRank), link, paragraph, table, text };
  const tree = mdastToHast({ type: "root", children: [...nodes] }, { handlers }) as HastRoot;
  // Top-level line breaks between blocks are dropped: the section puts its own between its children.
  return withoutHrefLessLinks((sanitize(tree, contentSchema) as HastRoot).children as ElementContent[]).filter(
    (node) => !(node.type === "text" && node.value.trim() === ""),
  );
}

/** A heading inside content sits below its section's heading: its depth is added (at most `<h6>`). */
function heading(sectionRank: number) {
  return (state: State, node: Heading): Element => element(`h${Math.min(6, sectionRank + node.depth)}`, {}, state.all(node));
}

function paragraph(state: State, node: Paragraph): Element {
  return element(node.data?.address === true ? "address" : "p", {}, state.all(node));
}

/**
 * Links leave the page only to http(s), mailto and tel (checked by `safeContent`); web links carry no
 * opener or referrer. A scheme is case-insensitive (`HTTPS://` is `https://`), the allow-list's check
 * is not: the scheme is written in lower case, which changes neither the target nor the link's text.
 */
function link(state: State, node: Link): Element {
  const href = node.url.replace(/^[a-z][a-z0-9+.-]*:/i, (scheme) => scheme.toLowerCase());
  const external = /^https?:/.test(href);
  return element("a", external ? { href, rel: ["noopener", "noreferrer"] } : { href }, state.all(node));
}

/** Untranslated text in its own language, so screen readers pronounce it right. */
function text(_state: State, node: Text): ElementContent {
  const value: ElementContent = { type: "text", value: node.value };
  return node.data?.lang === undefined ? value : element("span", { lang: node.data.lang }, [value]);
}

/**
 * A table with its caption, column headers (`scope="col"`) and the first cell of each row as the
 * row's header (`scope="row"`: the service or cookie the row is about). Each data cell carries its
 * column's header as `data-label`: on a phone or a tablet the style sheet shows each row as a card
 * of header and value lines, while screen readers keep the header cells. Runs of characters too long to
 * be words may break anywhere (`breakableLongWords`). The table sits in a focusable, labelled region
 * that scrolls sideways on its own, should it ever be wider than the page.
 */
function table(state: State, node: Table): Element {
  const [head, ...body] = node.children;
  const caption = node.data?.caption;
  const cell = (tagName: "th" | "td", properties: Element["properties"], mdastCell: Table["children"][number]["children"][number]) =>
    element(tagName, properties, breakableLongWords(state.all(mdastCell)));
  const rows: Element[] = [];
  if (caption !== undefined) rows.push(element("caption", {}, [{ type: "text", value: caption }]));
  const headCells = (head?.children ?? []).map((headCell) => cell("th", { scope: "col" }, headCell));
  const labels = headCells.map((headCell) => textContent(headCell).replace(/\s+/g, " ").trim());
  if (head !== undefined) rows.push(element("thead", {}, lines([element("tr", {}, lines(headCells))])));
  if (body.length > 0) {
    const bodyRows = body.map((row) =>
      element(
        "tr",
        {},
        lines(
          row.children.map((bodyCell, index) => {
            if (index === 0) return cell("th", { scope: "row" }, bodyCell);
            const label = labels[index];
            return cell("td", label === undefined || label === "" ? {} : { dataLabel: label }, bodyCell);
          }),
        ),
      ),
    );
    rows.push(element("tbody", {}, lines(bodyRows)));
  }
  const region = caption === undefined ? {} : { role: "region", ariaLabel: caption };
  return element("div", { className: ["policy-table"], tabIndex: 0, ...region }, lines([element("table", {}, lines(rows))]));
}
