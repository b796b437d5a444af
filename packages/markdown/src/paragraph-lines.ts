import type { PhrasingContent, Text } from "mdast";
import type { ContentNode } from "@policy/core/render";
import { oneLineText } from "./one-line.js";

/**
 * The line endings in paragraphs, written so that they read well. A free text from a policy file
 * may hold line breaks, and blank lines between its paragraphs; compose gives a description's
 * paragraphs blocks of their own, but most texts (a retention's criteria, a note, a name) stay one
 * text node inside a sentence or list item. Printed as it is, a blank line would end the paragraph, so
 * mdast-util-to-markdown writes it, and the blanks next to a line ending, as character references:
 * `a&#xA;&#xA;b`. So in every paragraph (in lists and quotes too):
 *
 * - one line ending, with the blanks around it, stays one line ending: a soft break, which readers
 *   show as a space;
 * - two or more (a blank line, where the author started a new paragraph) and hard `break`s next to
 *   them become one hard break;
 * - at the start or end of emphasis, strong or a link's text they move out of it, next to the
 *   marker, and so do blanks: just inside the marker, they would keep it from opening or closing,
 *   and the serializer would write them as character references (`_a&#x20;_&#xA;`);
 * - at the start or end of the paragraph they go, and so do blanks: Markdown drops them there (the
 *   serializer would keep blanks as `&#x20;`), and a hard break at the end would show as a backslash.
 *
 * Line endings in inline code and image descriptions become spaces, as Markdown shows them.
 * Headings and table cells are one line already (`oneLine`).
 */
export function paragraphLines(nodes: readonly ContentNode[]): ContentNode[] {
  return nodes.map((node) => {
    switch (node.type) {
      case "paragraph":
        return { ...node, children: lines(node.children) };
      case "blockquote":
        return { ...node, children: paragraphLines(node.children as ContentNode[]) as typeof node.children };
      case "list":
        return {
          ...node,
          children: node.children.map((item) => ({ ...item, children: paragraphLines(item.children as ContentNode[]) as typeof item.children })),
        };
      default:
        return node;
    }
  });
}

/** A line ending found in text, before runs of them are merged. */
interface LineEnding {
  readonly type: "lineEnding";
}

type Item = PhrasingContent | LineEnding;

/** One line ending (CR LF, CR or LF, as in CommonMark) with the blanks on either side. */
const lineEnding = /[ \t]*(?:\r\n|\r|\n)[ \t]*/;

/** A paragraph's phrasing, its line endings as above. */
function lines(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const items = merged(nodes);
  const edge = (item: Item | undefined) => item !== undefined && (isSeparator(item) || (item.type === "text" && isBlank(item.value)));
  while (edge(items[0])) items.shift();
  while (edge(items[items.length - 1])) items.pop();
  const first = items[0];
  if (first?.type === "text") items[0] = { ...first, value: first.value.replace(/^[ \t]+/, "") };
  trimEnd(items);
  return joinLineEndings(items);
}

/** The phrasing with each run of line endings and hard breaks (and the blanks around them) made one separator. */
function merged(nodes: readonly PhrasingContent[]): Item[] {
  const items = nodes.flatMap(split);
  const out: Item[] = [];
  let index = 0;
  while (index < items.length) {
    const item = items[index] as Item;
    if (!isSeparator(item)) {
      out.push(item);
      index += 1;
      continue;
    }
    // A run of line endings and hard breaks, with any blank text between them.
    let endings = 0;
    let hard = false;
    for (; index < items.length; index += 1) {
      const next = items[index] as Item;
      if (next.type === "lineEnding") endings += 1;
      else if (next.type === "break") hard = true;
      else if (!(next.type === "text" && isBlank(next.value))) break;
    }
    trimEnd(out);
    const following = items[index];
    if (following?.type === "text") items[index] = { ...following, value: following.value.replace(/^[ \t]+/, "") };
    out.push(hard || endings > 1 ? { type: "break" } : { type: "lineEnding" });
  }
  return out;
}

/** A node with the line endings in its text found, and spans and code handled. */
function split(node: PhrasingContent): Item[] {
  switch (node.type) {
    case "text": {
      const parts = node.value.split(lineEnding);
      return parts.flatMap((part, index): Item[] => {
        const text: Item[] = part === "" ? [] : [{ ...node, value: part }];
        return index === 0 ? text : [{ type: "lineEnding" }, ...text];
      });
    }
    case "emphasis":
    case "strong":
    case "delete":
    case "link":
    case "linkReference": {
      // Line endings, breaks and blanks at either end go outside the span. A span of nothing else
      // goes; a link stays, with no text.
      const inner = merged(node.children);
      const before = peel(inner, "start");
      const after = peel(inner, "end");
      if (inner.length === 0)
        return node.type === "link" || node.type === "linkReference" ? [{ ...node, children: [] }, ...before, ...after] : [...before, ...after];
      return [...before, { ...node, children: joinLineEndings(inner) } as PhrasingContent, ...after];
    }
    case "inlineCode":
      return [{ ...node, value: oneLineText(node.value) }];
    case "image":
    case "imageReference":
      return [{ ...node, alt: node.alt == null ? node.alt : oneLineText(node.alt) }];
    default:
      return [node];
  }
}

/**
 * A soft line ending becomes a newline in the text around it (one text node where both sides are in
 * the same language), where the serializer keeps it as it is.
 */
function joinLineEndings(items: readonly Item[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index] as Item;
    if (item.type !== "lineEnding") {
      out.push(item);
      continue;
    }
    const before = out[out.length - 1];
    const after = items[index + 1];
    if (before?.type === "text" && after?.type === "text" && before.data?.lang === after.data?.lang) {
      out[out.length - 1] = { ...before, value: `${before.value}\n${after.value}` };
      index += 1;
    } else if (before?.type === "text") out[out.length - 1] = { ...before, value: `${before.value}\n` };
    else if (after?.type === "text") {
      out.push({ ...after, value: `\n${after.value}` });
      index += 1;
    } else out.push({ type: "text", value: "\n" });
  }
  return out;
}

/**
 * Takes the line endings, breaks and blanks off one end of a span's items and gives them back, in
 * order. Inside emphasis or strong, a blank or line ending next to the marker keeps it from
 * opening or closing, so the serializer would write it (and the character outside) as a character
 * reference.
 */
function peel(items: Item[], end: "start" | "end"): Item[] {
  const peeled: Item[] = [];
  const take = end === "start" ? () => items.shift() : () => items.pop();
  const put = (item: Item) => (end === "start" ? peeled.push(item) : peeled.unshift(item));
  for (
    let item = end === "start" ? items[0] : items[items.length - 1];
    item !== undefined;
    item = end === "start" ? items[0] : items[items.length - 1]
  ) {
    if (isSeparator(item) || (item.type === "text" && isBlank(item.value))) {
      put(take() as Item);
      continue;
    }
    if (item.type === "text") {
      const blanks = (end === "start" ? /^[ \t]+/ : /[ \t]+$/).exec(item.value)?.[0];
      if (blanks !== undefined) {
        const rest = end === "start" ? item.value.slice(blanks.length) : item.value.slice(0, -blanks.length);
        items.splice(end === "start" ? 0 : items.length - 1, 1, { ...item, value: rest });
        put({ type: "text", value: blanks });
      }
    }
    break;
  }
  return peeled;
}

/** Drops the blanks at the end of what was written so far, before a line ending or break. */
function trimEnd(out: Item[]): void {
  for (let last = out[out.length - 1]; last?.type === "text"; last = out[out.length - 1]) {
    const value = last.value.replace(/[ \t]+$/, "");
    if (value !== "") {
      out[out.length - 1] = { ...last, value } satisfies Text;
      return;
    }
    out.pop();
  }
}

function isSeparator(item: Item): boolean {
  return item.type === "lineEnding" || item.type === "break";
}

function isBlank(value: string): boolean {
  return /^[ \t]*$/.test(value);
}
