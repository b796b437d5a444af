import type { PhrasingContent, Text } from "mdast";
import type { Locale } from "../taxonomy/index.js";
import { isolateDirection } from "./bidi.js";

/** A run of phrasing content: what a sentence, a table cell or a title with links is made of. */
export type Inline = readonly PhrasingContent[];

/** What can go into a run: a string (always a text value, never parsed as Markdown), a node, or a list of these. */
export type InlineArg = string | PhrasingContent | readonly InlineArg[];

/**
 * One text node. The value is kept as it is (renderers escape it), fenced if it has directional
 * characters, so that a value from the policy cannot turn the sentence around it (see `isolateDirection`).
 */
export function text(value: string): Text {
  return { type: "text", value: isolateDirection(value) };
}

/** Concatenates strings, nodes and runs into one run, merging neighbouring plain text nodes. */
export function inline(...parts: readonly InlineArg[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const push = (node: PhrasingContent) => {
    if (node.type === "text" && node.data === undefined) {
      if (node.value === "") return;
      const last = out.at(-1);
      if (last !== undefined && last.type === "text" && last.data === undefined) {
        out[out.length - 1] = text(last.value + node.value);
        return;
      }
    }
    out.push(node);
  };
  const add = (part: InlineArg): void => {
    if (typeof part === "string") push(text(part));
    else if (isList(part)) part.forEach(add);
    else push(part);
  };
  parts.forEach(add);
  return out;
}

/** Runs one after another with a separator between them: sentences with a space, address lines with a line break. */
export function joined(parts: readonly InlineArg[], separator: InlineArg): PhrasingContent[] {
  return inline(...parts.flatMap((part, index) => (index === 0 ? [part] : [separator, part])));
}

function isList(part: InlineArg): part is readonly InlineArg[] {
  return Array.isArray(part);
}

/**
 * A message template: `t\`We keep the data until ${until}.\`` The literal parts are ours; each
 * value is inserted as a node, so text from a policy can never turn into Markdown syntax.
 */
export function t(strings: TemplateStringsArray, ...values: readonly InlineArg[]): PhrasingContent[] {
  return spelledTag((literal) => literal)(strings, ...values);
}

/** A message template tag like `t`. */
export type Tag = typeof t;

/**
 * A template tag like `t` that writes its literal parts, and only them, in a regional spelling
 * (Swiss German "ss" for "ß"): the values, names and texts from a policy among them, stay as given.
 */
export function spelledTag(spell: (literal: string) => string): Tag {
  return (strings, ...values) => {
    const parts: InlineArg[] = [];
    strings.forEach((literal, index) => {
      parts.push(spell(literal));
      const value = values[index];
      if (value !== undefined) parts.push(value);
    });
    return inline(...parts);
  };
}

/** The plain text of a run (for titles and tests): the values of its text nodes, in order. */
export function plain(run: Inline): string {
  return run
    .map((node) => {
      if (node.type === "text" || node.type === "inlineCode") return node.value;
      if ("children" in node) return plain(node.children as Inline);
      return "";
    })
    .join("");
}

/** The language of the first untranslated text in a run, if any. */
export function foreignLang(run: Inline): Locale | undefined {
  for (const node of run) {
    if (node.type === "text" && node.data?.lang !== undefined) return node.data.lang;
    if ("children" in node) {
      const lang = foreignLang(node.children as Inline);
      if (lang !== undefined) return lang;
    }
  }
  return undefined;
}
