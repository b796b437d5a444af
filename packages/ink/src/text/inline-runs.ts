import type { PhrasingContent } from "mdast";
import { Style, type Run } from "./line.js";
import { safeText } from "./safe-text.js";

/**
 * mdast phrasing content as styled runs. Every string from the tree goes through `safeText`. A
 * link is its text followed by ` <url>`, since a terminal cannot be clicked everywhere and the
 * reader should see where it leads; where the text already is the address (an e-mail address,
 * a bare URL) it is shown once.
 */
export function inlineRuns(nodes: readonly PhrasingContent[], style: number): Run[] {
  const runs: Run[] = [];
  for (const node of nodes) addInline(node, style, runs);
  return runs;
}

function addInline(node: PhrasingContent, style: number, runs: Run[]): void {
  switch (node.type) {
    case "text":
    case "html":
      runs.push({ text: safeText(node.value), style });
      return;
    case "inlineCode":
      runs.push({ text: safeText(node.value), style: style | Style.code });
      return;
    case "break":
      runs.push({ text: "\n", style });
      return;
    case "strong":
      for (const child of node.children) addInline(child, style | Style.strong, runs);
      return;
    case "emphasis":
      for (const child of node.children) addInline(child, style | Style.emphasis, runs);
      return;
    case "delete":
      for (const child of node.children) addInline(child, style, runs);
      return;
    case "link": {
      const start = runs.length;
      for (const child of node.children) addInline(child, style | Style.link, runs);
      const text = runs
        .slice(start)
        .map((run) => run.text)
        .join("");
      const url = safeText(node.url);
      if (url !== "" && !sameAddress(text, url)) runs.push({ text: " ", style }, { text: `<${url}>`, style: style | Style.url });
      return;
    }
    case "linkReference":
      for (const child of node.children) addInline(child, style | Style.link, runs);
      return;
    case "image":
    case "imageReference":
      if (node.alt) runs.push({ text: `[${safeText(node.alt)}]`, style });
      return;
    case "footnoteReference":
      runs.push({ text: `[${safeText(node.identifier)}]`, style });
      return;
    default: {
      // Node types from extensions this viewer does not know: show their text if they have any.
      const other = node as { children?: unknown; value?: unknown };
      if (Array.isArray(other.children)) {
        for (const child of other.children as PhrasingContent[]) addInline(child, style, runs);
      } else if (typeof other.value === "string") {
        runs.push({ text: safeText(other.value), style });
      }
    }
  }
}

function sameAddress(text: string, url: string): boolean {
  return text === url || `mailto:${text}` === url || `tel:${text.replace(/[\s/()-]/g, "")}` === url.replace(/[\s/()-]/g, "");
}
