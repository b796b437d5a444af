// Property tests across the pipeline: arbitrary valid policies (ids from the taxonomy, providers
// from @policy/catalog and written inline, every free text adversarial) go through compose,
// toMarkdown and toHtml in English and German, with arbitrary renderer options. For each:
// - nothing throws, and rendering does not change the policy;
// - a second run gives the same document, the same Markdown and the same HTML, byte for byte,
//   also after the other language was rendered in between;
// - every service has exactly one section in the document, in the policy's order, exactly one
//   anchor in the Markdown and exactly one <section> in the HTML (as has every other section);
// - the Markdown, parsed back with commonmark.js and with micromark + GFM, has the document's
//   headings, links and table cells and no other HTML (packages/markdown's checkAgainstDocument);
// - the HTML, parsed back with parse5, has the document's section ids in order and no element,
//   attribute or link target outside packages/html's allow-list.
// The second run and the Markdown parse-back are most of a run's time (micromark reads about
// 150 kB/s here), so each run does those two in one language, drawn with the policy. The checker
// gets two narrow allowances, each explained where it is made: control characters (which parsers
// read back as U+FFFD or not, depending on how they were escaped) and table rows written as lists
// where it cannot tell them from other lists.

import fc from "fast-check";
import { catalog } from "@policy/catalog";
import {
  compose,
  formatIssue,
  locales,
  parsePolicy,
  safeParsePolicy,
  type Locale,
  type Policy,
  type PolicyDocument,
  type PolicySection,
} from "@policy/core";
import { toHtml, type HtmlOptions } from "@policy/html";
import { toMarkdown, type MarkdownOptions } from "@policy/markdown";
import { describe, expect, it } from "vitest";
import { disallowedMarkup } from "../../../packages/html/test/allowed-markup.js";
import { elements, parse } from "../../../packages/html/test/hast.js";
import { checkAgainstDocument } from "../../../packages/markdown/test/check-against-document.js";
import { adversarialText } from "./arbitraries/adversarial-text.js";
import { validPolicyInput } from "./arbitraries/policy.js";
import { optional, withoutUndefined } from "./arbitraries/without-undefined.js";
import { assertProperty } from "./assert-property.js";
import { fixedSeed, fuzzSettings } from "./fuzz-settings.js";

/** A title option: the renderers refuse a blank one (an options error, as documented), so it has a visible character. */
const titleOption = adversarialText().filter((title) => title.trim() !== "");

const markdownOptions: fc.Arbitrary<MarkdownOptions> = fc
  .record({
    toc: optional(
      fc.oneof(fc.boolean(), fc.record({ depth: optional(fc.integer({ min: 1, max: 6 })), title: optional(titleOption) }).map(withoutUndefined)),
    ),
    tables: optional(fc.boolean()),
    headingOffset: optional(fc.integer({ min: 0, max: 5 })),
    frontmatter: optional(fc.boolean()),
  })
  .map(withoutUndefined);

const htmlOptions: fc.Arbitrary<HtmlOptions> = fc
  .record({
    standalone: optional(fc.boolean()),
    toc: optional(fc.oneof(fc.boolean(), fc.record({ depth: optional(fc.integer({ min: 1, max: 6 })) }).map(withoutUndefined))),
    headingOffset: optional(fc.integer({ min: 0, max: 5 })),
    title: optional(titleOption),
  })
  .map(withoutUndefined);

describe("arbitrary valid policies", () => {
  const validity = fuzzSettings({ runs: 100, msPerRun: 30 });
  it(
    "are valid: the arbitrary respects the schema's rules",
    () => {
      assertProperty(
        fc.property(validPolicyInput(), (input) => {
          const result = safeParsePolicy(input, { catalog });
          if (!result.success) throw new Error(`the arbitrary made an invalid policy:\n${result.issues.map(formatIssue).join("\n")}`);
        }),
        validity,
        { parts: ["policy"] },
      );
    },
    validity.timeout,
  );

  it("draw what the issue asks for: every kind of provider, special categories, hostile text of every sort", () => {
    const inputs = fc.sample(validPolicyInput(), { seed: fixedSeed, numRuns: 200 });
    const services = inputs.flatMap((input) => input.services);
    const texts = inputs.flatMap((input) => strings(input));
    const seen = {
      "a catalog provider": services.some((service) => typeof service.processor === "string"),
      "a provider written inline": services.some((service) => typeof service.processor === "object"),
      "in-house processing": services.some((service) => service.processor === undefined),
      "defaults taken from the provider": services.some((service) => service.processor !== undefined && service.purposes === undefined),
      "an Art. 9(2) condition": services.some((service) => service.specialCategoryCondition !== undefined),
      "a legitimate interest": services.some((service) => service.purposes?.some((purpose) => purpose.legalBasis === "A6-1-f")),
      "a transfer": services.some((service) => (service.transfers ?? []).length > 0),
      "one language": inputs.some((input) => input.locales?.length === 1),
      "two languages": inputs.some((input) => input.locales === undefined || input.locales.length === 2),
      "right-to-left text": texts.some((text) => /[\u0590-\u08ff\u202b\u202e\u2067]/.test(text)),
      emoji: texts.some((text) => /\p{Extended_Pictographic}/u.test(text)),
      "a line break": texts.some((text) => /[\r\n]/.test(text)),
      "Markdown syntax": texts.some((text) => /[*_[\]<>|#]/.test(text)),
      NUL: texts.some((text) => text.includes("\u0000")),
      "a name over 200 characters": texts.some((text) => text.length > 200),
    };
    expect(
      Object.entries(seen)
        .filter(([, found]) => !found)
        .map(([what]) => what),
    ).toEqual([]);
  });

  const rendering = fuzzSettings({ runs: 25, msPerRun: 1_000 });
  it(
    "compose and render to Markdown and HTML: no throw, the same twice, every service once, the structure intact",
    () => {
      assertProperty(
        fc.property(validPolicyInput(), markdownOptions, htmlOptions, fc.constantFrom(...locales), (input, mdOptions, htmlOpts, inDepth) => {
          const policy = parsePolicy(input, { catalog });
          const before = structuredClone(policy);
          // The languages the text under the policy's law is written in (the UK GDPR's and the
          // FADP's only in English and German): composing it in another is refused.
          const written = locales.filter((locale) => {
            try {
              compose(policy, { locale });
              return true;
            } catch (error) {
              if (error instanceof RangeError && /is not written in/.test(error.message)) return false;
              throw error;
            }
          });
          // The language checked in depth first, so the other one is rendered before its second run.
          const first = written.includes(inDepth) ? inDepth : written[0]!;
          const order = [first, ...written.filter((locale) => locale !== first)];
          const outputs = new Map(order.map((locale) => [locale, render(policy, locale, mdOptions, htmlOpts)] as const));
          for (const [locale, output] of outputs) {
            checkOutput(policy, output, htmlOpts);
            if (locale === first) checkMarkdownParsedBack(output, mdOptions);
          }
          expect(render(policy, first, mdOptions, htmlOpts), `${first}: a second run differs`).toEqual(outputs.get(first));
          expect(policy, "rendering changed the policy").toEqual(before);
        }),
        rendering,
        { parts: ["policy", "markdownOptions", "htmlOptions", "locale"] },
      );
    },
    rendering.timeout,
  );
});

/** Every string in a value, deep. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object") return [];
  return Object.values(value).flatMap(strings);
}

interface Output {
  readonly locale: Locale;
  readonly document: PolicyDocument;
  readonly markdown: string;
  readonly html: string;
}

function render(policy: Policy, locale: Locale, mdOptions: MarkdownOptions, htmlOpts: HtmlOptions): Output {
  return {
    locale,
    document: compose(policy, { locale }),
    markdown: toMarkdown(policy, { locale, ...mdOptions }),
    html: toHtml(policy, { locale, ...htmlOpts }),
  };
}

function checkOutput(policy: Policy, { locale, document, markdown, html }: Output, htmlOpts: HtmlOptions): void {
  // Every service has one section, in the policy's order; every section id is unique.
  const services = document.sections.find((section) => section.id === "services")?.sections ?? [];
  expect(
    services.map((section) => section.id),
    `${locale}: the document's service sections`,
  ).toEqual(policy.services.map((service) => `service-${service.id}`));
  const ids = sectionIds(document);
  expect(new Set(ids).size, `${locale}: section ids are not unique`).toBe(ids.length);

  const anchors = [...markdown.matchAll(/<a id="([^"]*)"><\/a>/g)].map((match) => match[1]);
  expect(anchors, `${locale}: the Markdown's anchors are not the document's sections, each once`).toEqual(ids);

  const tree = parse(html, htmlOpts.standalone !== true);
  const sectionsInHtml = elements(tree, "section").map((section) => section.properties.id);
  expect(sectionsInHtml, `${locale}: the HTML's <section> ids are not the document's sections, each once`).toEqual(ids);
  expect(disallowedMarkup(tree), `${locale}: markup outside the allow-list`).toEqual([]);
}

function checkMarkdownParsedBack({ locale, document, markdown }: Output, mdOptions: MarkdownOptions): void {
  const problems = checkAgainstDocument(markdown, document, mdOptions).filter(
    (problem) =>
      !differsOnlyInControls(problem) &&
      // Where the checker cannot tell table rows from other lists, its other checks stand.
      !(problem.startsWith("gfm table rows as lists") && rowsAsListsAreAmbiguous(document)),
  );
  expect(problems, `${locale}: the Markdown parsed back`).toEqual([]);
}

/**
 * Whether a problem checkAgainstDocument reports ("<what> #<n>: expected <x>, found <y>") is only
 * about control characters. Markdown parsers turn some of them into U+FFFD and keep others: NUL
 * always becomes U+FFFD (CommonMark 0.31, section 2.3); micromark decodes a character reference to
 * a control character (mdast-util-to-markdown writes `&#xB;` for a vertical tab next to `**`) as
 * U+FFFD, as HTML does, while a raw one stays; and the checker's normalize() counts some controls
 * as whitespace. So controls, U+FFFD and whitespace are left out of this comparison: a lost or
 * added word, or a change of structure, still shows.
 */
function differsOnlyInControls(problem: string): boolean {
  const match = /^[^#]* #\d+: expected ([\s\S]*), found ([\s\S]*)$/.exec(problem);
  if (match === null) return false;
  // The texts in a problem are JSON strings (the checker quotes them), so controls are escaped there.
  const significant = (text: string) =>
    text
      .replace(/\\u[0-9a-fA-F]{4}|\\[bfnrt]/g, (sequence) => JSON.parse(`"${sequence}"`) as string)
      .replace(/[\s\u0000-\u001f\u007f-\u009f\ufffd]/g, "");
  return significant(match[1] as string) === significant(match[2] as string);
}

/**
 * Whether checkAgainstDocument can match the rows of a table written as a list (tables: false).
 * It takes every list item that starts with an all-bold paragraph for a row, and expects one item
 * per row. Two things in a valid policy break that: a list of such items outside a table (the
 * joint controllers', each led by the party's name in bold), and a row whose first cell is blank
 * (a service named " "), which the renderer writes without a bold title.
 */
function rowsAsListsAreAmbiguous(document: PolicyDocument): boolean {
  // mdast nodes, as far as this needs them.
  interface Node {
    readonly type: string;
    readonly value?: string;
    readonly children?: readonly Node[];
  }
  const blank = (node: Node | undefined): boolean =>
    (node?.children ?? []).every((child) => child.type === "text" && (child.value ?? "").trim() === "");
  const visit = (node: Node): boolean => {
    const [first] = node.children ?? [];
    if (node.type === "listItem" && first?.type === "paragraph" && first.children?.length === 1 && first.children[0]?.type === "strong") return true;
    if (node.type === "table" && (node.children ?? []).slice(1).some((row) => blank(row.children?.[0]))) return true;
    return (node.children ?? []).some(visit);
  };
  const sections = (list: readonly PolicySection[]): boolean => list.some((section) => section.content.some(visit) || sections(section.sections));
  return sections(document.sections);
}

/** Every section's id, in document order (depth first), as the renderers write them. */
function sectionIds(document: PolicyDocument): string[] {
  const visit = (sections: readonly PolicySection[]): string[] => sections.flatMap((section) => [section.id, ...visit(section.sections)]);
  return visit(document.sections);
}
