import type { List, RootContent } from "mdast";
import type { BlockContext, ContentNode } from "./block-context.js";
import { inlineRuns } from "./inline-runs.js";
import { emptyLine, lineOf, Style, type Line, type Run } from "./line.js";
import { safeText } from "./safe-text.js";
import { tableLines } from "./table-lines.js";
import { graphemes, textWidth } from "./text-width.js";
import { runsWidth, wrapRuns, type Prefix } from "./wrap.js";

/**
 * mdast blocks as screen lines, a blank line between blocks (the prefix only, so a bar in front of
 * the objection section runs on), except inside a tight list item. Lists are bulleted ("•") or numbered with their items indented
 * under the bullet, tables go to `tableLines`, definitions are not shown (their links are).
 */
export function blockLines(nodes: readonly ContentNode[], context: BlockContext, tight = false): Line[] {
  const lines: Line[] = [];
  let first = true;
  for (const node of nodes) {
    if (node.type === "definition") continue;
    const prefix = first ? context.prefix : { first: context.prefix.rest, rest: context.prefix.rest };
    if (!first && !tight) lines.push(blankLine(context.prefix.rest));
    // One by one: a table of thousands of services is more lines than push() takes as arguments.
    for (const line of blockNode(node, { ...context, prefix })) lines.push(line);
    first = false;
  }
  return lines;
}

function blockNode(node: ContentNode | RootContent, context: BlockContext): Line[] {
  const { width, prefix, style } = context;
  switch (node.type) {
    case "paragraph":
      return wrapRuns(inlineRuns(node.children, style), width, prefix);
    case "heading":
      return wrapRuns(inlineRuns(node.children, style | Style.heading), width, prefix);
    case "list":
      return listLines(node, context);
    case "table":
      return tableLines(node, context);
    case "blockquote": {
      const bar: Run = { text: "│ ", style: style | Style.dim };
      return blockLines(node.children as ContentNode[], {
        ...context,
        prefix: { first: [...prefix.first, bar], rest: [...prefix.rest, bar] },
      });
    }
    case "code":
      return codeLines(node.value, context);
    case "thematicBreak":
      return [lineOf([...prefix.first, { text: "─".repeat(Math.max(1, width - runsWidth(prefix.first))), style: style | Style.dim }])];
    case "html":
      return wrapRuns([{ text: safeText(node.value), style }], width, prefix);
    default:
      if ("children" in node && Array.isArray(node.children)) return blockLines(node.children as ContentNode[], context);
      return [];
  }
}

function listLines(list: List, context: BlockContext): Line[] {
  const { width, prefix, style } = context;
  const lines: Line[] = [];
  const start = list.start ?? 1;
  const numberWidth = list.ordered ? `${start + list.children.length - 1}. `.length : 0;
  list.children.forEach((item, index) => {
    const marker = list.ordered ? `${start + index}. `.padStart(numberWidth) : "• ";
    const itemPrefix: Prefix = {
      first: [...(index === 0 ? prefix.first : prefix.rest), { text: marker, style: style | Style.dim }],
      rest: [...prefix.rest, { text: " ".repeat(marker.length), style }],
    };
    if (index > 0 && list.spread === true) lines.push(blankLine(prefix.rest));
    // A tight list's item keeps its paragraph and a nested list together, without a blank line.
    const itemLines = blockLines(item.children as ContentNode[], { width, prefix: itemPrefix, style }, list.spread !== true && item.spread !== true);
    if (itemLines.length === 0) lines.push(lineOf(itemPrefix.first));
    for (const line of itemLines) lines.push(line);
  });
  return lines;
}

function codeLines(value: string, context: BlockContext): Line[] {
  const { width, prefix, style } = context;
  const lines: Line[] = [];
  value.split("\n").forEach((raw, index) => {
    // Code keeps its spaces; lines longer than the pane are cut into pieces, not reflowed.
    const text = safeText(raw);
    const lead = index === 0 ? prefix.first : prefix.rest;
    const room = Math.max(1, width - runsWidth(lead));
    let piece = "";
    let used = 0;
    for (const char of graphemes(text)) {
      const charWidth = textWidth(char);
      if (used + charWidth > room && piece !== "") {
        lines.push(lineOf([...(lines.length === 0 ? lead : prefix.rest), { text: piece, style: style | Style.code }]));
        piece = "";
        used = 0;
      }
      piece += char;
      used += charWidth;
    }
    lines.push(lineOf([...(lines.length === 0 ? lead : prefix.rest), { text: piece, style: style | Style.code }]));
  });
  return lines;
}

function blankLine(prefix: readonly Run[]): Line {
  return prefix.length === 0 ? emptyLine : lineOf(prefix.map((run) => ({ text: run.text.trimEnd(), style: run.style })));
}
