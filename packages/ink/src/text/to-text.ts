import {
  documentFor,
  isPolicyDocument,
  type Locale,
  optionChecks,
  type PolicyDocument,
  type PolicySection,
  type RenderInput,
} from "@policy/core/render";
import { messagesFor } from "../messages/index.js";
import { ViewOptionsError } from "../options.js";
import type { ContentNode } from "./block-context.js";
import { blockLines } from "./block-lines.js";
import { Style, type Line, type Run } from "./line.js";
import { safeText } from "./safe-text.js";
import { textWidth } from "./text-width.js";
import { runsWidth, wrapRuns, type Prefix } from "./wrap.js";

// This module is the `@policy/ink/text` entry: it must not import ink or react, directly or through
// another module, so that printing a policy to a pipe does not load them. to-text.test.ts checks
// the built module's import graph. `ViewOptionsError` is exported here too, so a caller of this
// entry can tell a wrong option apart without importing the package root (and with it ink).
export { ViewOptionsError };

export interface TextOptions {
  /** The language: "en" or "de". Default: a Policy's first language, a PolicyDocument's own language. */
  readonly locale?: Locale;
  /** The line width in terminal columns, an integer from 20 to 1000. Default 80. */
  readonly width?: number;
}

const optionNames = ["locale", "width"] as const;
const check = optionChecks(ViewOptionsError);

const minWidth = 20;
const maxWidth = 1000;
const defaultWidth = 80;

/** The right-to-object section's bar, as the viewer draws it down the section's left edge. */
const objectionBar: Run = { text: "▌ ", style: Style.objection };

/**
 * The policy as plain text, laid out as the viewer lays it out: a header (title, controller,
 * version, effective date, language), then every section in document order, its title numbered
 * ("2.1 Video meetings with Zoom") and underlined ("═" for a top-level section, "─" below), its
 * content as the viewer shows it (bulleted lists, tables as columns or one block per row, links as
 * `text <url>`, the right-to-object section behind a bar). No escape sequences or control
 * characters, no trailing spaces, no line wider than `width`, one blank line between blocks, one
 * "\n" at the end; the same input and options give the same string.
 */
export function toText(input: RenderInput, options?: TextOptions): string {
  const { locale, width = defaultWidth } = check.options(options, optionNames);
  const checkedLocale = check.locale(locale);
  const checkedWidth = check.integer("width", width, minWidth, maxWidth);
  const document = documentFor(input, checkedLocale ?? firstLocale(input), ViewOptionsError);

  const lines: string[] = [...headerLines(document, checkedWidth)];
  const addSection = (section: PolicySection, number: string, depth: number, inObjection: boolean): void => {
    const objection = inObjection || section.kind === "objection";
    const bar: readonly Run[] = objection ? [objectionBar] : [];
    lines.push("", ...titleLines(section.title, number, depth, bar, checkedWidth));
    if (section.content.length > 0) {
      const style = objection ? Style.objection : Style.none;
      const prefix: Prefix = { first: bar, rest: bar };
      lines.push(bar.length === 0 ? "" : "▌");
      // One at a time: a section of 2,000 services has more lines than a spread should carry.
      for (const line of blockLines(section.content as readonly ContentNode[], { width: checkedWidth, prefix, style })) lines.push(plain(line));
    }
    section.sections.forEach((child, index) => {
      addSection(child, `${number}.${index + 1}`, depth + 1, objection);
    });
  };
  document.sections.forEach((section, index) => {
    addSection(section, String(index + 1), 0, false);
  });
  return `${tidy(lines).join("\n")}\n`;
}

/** A Policy's first language, when no locale is given; a PolicyDocument brings its own. */
function firstLocale(input: RenderInput): Locale | undefined {
  if (isPolicyDocument(input)) return undefined;
  const locales = (input as { locales?: unknown } | null | undefined)?.locales;
  return Array.isArray(locales) && typeof locales[0] === "string" ? (locales[0] as Locale) : "en";
}

/** What the viewer's header says (title and controller; version, effective date, language), wrapped rather than cut, and a rule. */
function headerLines(document: PolicyDocument, width: number): string[] {
  // documentFor has checked the language: one core knows, so one with messages here.
  const m = messagesFor(document.meta.language);
  const { title, controller, version, effective } = document.meta;
  const first = [safeText(title), safeText(controller)].filter((text) => text.trim() !== "").join(" · ");
  const second = [m.header.version(safeText(version)), m.header.effective(safeText(effective)), m.header.language(m.languageName)].join(" · ");
  const lines = [
    ...wrapRuns([{ text: first, style: Style.strong }], width).map(plain),
    ...wrapRuns([{ text: second, style: Style.none }], width).map(plain),
  ];
  return [...lines, "═".repeat(Math.max(1, ...lines.map(textWidth)))];
}

/**
 * A section's title as a heading: its number, the title wrapped under itself, and a rule as wide as
 * the widest line: "═" for a top-level section, "─" for the ones inside it.
 */
function titleLines(title: string, number: string, depth: number, bar: readonly Run[], width: number): string[] {
  const numberRun: Run = { text: `${number} `, style: Style.title };
  const prefix: Prefix = { first: [...bar, numberRun], rest: [...bar, { text: " ".repeat(numberRun.text.length), style: Style.none }] };
  const lines = wrapRuns([{ text: safeText(title), style: depth === 0 ? Style.title : Style.heading }], width, prefix).map(plain);
  const barWidth = runsWidth(bar);
  const ruleWidth = Math.max(1, ...lines.map((line) => textWidth(line) - barWidth));
  return [...lines, bar.map((run) => run.text).join("") + (depth === 0 ? "═" : "─").repeat(ruleWidth)];
}

/** A laid-out line as plain text: its runs' text without styles or trailing spaces. */
function plain(line: Line): string {
  return line.plain.trimEnd();
}

/**
 * The last pass: every line cleaned once more (all text was cleaned where it entered the layout;
 * this keeps a control character out even if a document brings one through a field the layout
 * does not expect), no trailing spaces, no two blank lines in a row (a bar alone counts as blank),
 * none at the start or the end.
 */
function tidy(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    const line = (unsafe.test(raw) ? safeText(raw) : raw).trimEnd();
    const previous = out[out.length - 1];
    if (isBlank(line) && (previous === undefined || isBlank(previous))) continue;
    out.push(line);
  }
  while (out.length > 0 && isBlank(out[out.length - 1]!)) out.pop();
  return out;
}

/** What `safeText` would change: controls, line and paragraph separators, bidi overrides and isolates. */
const unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function isBlank(line: string): boolean {
  return line === "" || line === "▌";
}
