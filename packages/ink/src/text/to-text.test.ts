import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { compose, type Locale, type Policy, type PolicyDocument } from "@policy/core";
import { describe, expect, it } from "vitest";
import { hostilePolicy as hostilePolicyOf } from "../../../markdown/test/fixtures/hostile-policy.js";
import { examplePolicy } from "../../test/helpers.js";
import { entryLines } from "../model/entry-lines.js";
import { navigation } from "../model/navigation.js";
import { ViewOptionsError } from "../options.js";
import { textWidth } from "./text-width.js";
import { toText } from "./to-text.js";

/** The titles of every section, depth first, in document order. */
function sectionTitles(document: PolicyDocument): string[] {
  const titles: string[] = [];
  const visit = (section: PolicyDocument["sections"][number]): void => {
    titles.push(section.title);
    section.sections.forEach(visit);
  };
  document.sections.forEach(visit);
  return titles;
}

/** Checks the rules every output keeps, whatever the input: returns the lines. */
function expectWellFormed(text: string, width: number): string[] {
  expect(text.endsWith("\n")).toBe(true);
  expect(text.endsWith("\n\n")).toBe(false);
  const lines = text.slice(0, -1).split("\n");
  for (const line of lines) {
    expect(textWidth(line), line).toBeLessThanOrEqual(width);
    expect(line, "trailing space").toBe(line.trimEnd());
  }
  expect(text).not.toMatch(/\n\n\n/);
  return lines;
}

describe("toText with the example policy", () => {
  for (const locale of ["en", "de"] as const) {
    it(`shows every section title, in document order (${locale})`, () => {
      const text = toText(examplePolicy(), { locale });
      const lines = text.split("\n");
      let from = 0;
      for (const title of sectionTitles(compose(examplePolicy(), { locale }))) {
        // "2.1 Video meetings with Zoom", or "▌ 7 Your right to object" behind the objection section's bar.
        const index = lines.findIndex((line, at) => at >= from && /^(?:▌ )?\d+(?:\.\d+)* (.*)$/.exec(line)?.[1] === title);
        expect(index, `"${title}" after line ${from}`).toBeGreaterThanOrEqual(from);
        // The title is a heading: a rule of its width under it.
        expect(lines[index + 1]).toMatch(/^(?:▌ )?(?:═+|─+)$/);
        expect(textWidth(lines[index + 1]!)).toBe(textWidth(lines[index]!));
        from = index + 1;
      }
    });
  }

  it("starts with the viewer's header and numbers the sections, nested ones under their parent's number", () => {
    const lines = toText(examplePolicy(), { locale: "en" }).split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "Privacy policy · Lindenberg & Ohm Beratung GmbH",
      "Version 1.0 · effective 2026-12-01 · Language: English",
      "═".repeat(54),
    ]);
    expect(lines.slice(3, 6)).toEqual(["", "1 Overview", "══════════"]);
    expect(lines).toContain("1.1 Who is responsible");
    expect(lines).toContain("2.1 Video meetings with Zoom");
    expect(lines).toContain("2.1.1 What is Zoom?");
    expect(lines[lines.indexOf("2.1.1 What is Zoom?") + 1]).toBe("─".repeat("2.1.1 What is Zoom?".length));
    const german = toText(examplePolicy(), { locale: "de" }).split("\n");
    expect(german.slice(0, 2)).toEqual([
      "Datenschutzerklärung · Lindenberg & Ohm Beratung GmbH",
      "Version 1.0 · gültig ab 2026-12-01 · Sprache: Deutsch",
    ]);
  });

  for (const width of [20, 40, 80, 120]) {
    it(`keeps every line within ${width} columns, without trailing spaces or two blank lines in a row`, () => {
      for (const locale of ["en", "de"] as const) expectWellFormed(toText(examplePolicy(), { locale, width }), width);
    });
  }

  it("lays out each section's content exactly as the viewer does", () => {
    for (const locale of ["en", "de"] as const) {
      for (const width of [40, 80, 120]) {
        const text = toText(examplePolicy(), { locale, width });
        const entries = navigation(compose(examplePolicy(), { locale })).filter(
          (entry) => !entry.withChildren || entry.section.sections.length === 0,
        );
        expect(entries.map((entry) => entry.id)).toContain("objection");
        for (const entry of entries) {
          if (entry.section.content.length === 0) continue;
          // The viewer's text: the title, a blank line (a bar alone in the objection section), the content.
          const viewer = entryLines(entry, width).map((line) => line.plain.trimEnd());
          const content = viewer.slice(viewer.findIndex((line) => line === "" || line === "▌") + 1);
          expect(text, `${entry.id} at ${width}`).toContain(`\n${content.join("\n")}\n`);
        }
      }
    }
  });

  it("shows lists with bullets, links as text <url>, tables as blocks per row, and the objection section behind a bar", () => {
    const text = toText(examplePolicy(), { locale: "en" });
    expect(text).toMatch(/\n• Providing the service: To hold meetings/);
    expect(text).toMatch(/\n▌ \d+ Your right to object\n▌ ═+\n▌\n▌ Where we process/);
    // The whole section, from its title to its last line, is behind the bar; the next section is not.
    const objection = text
      .split("\n\n")
      .find((block) => block.startsWith("▌ "))!
      .split("\n");
    expect(objection[0]).toMatch(/^▌ \d+ Your right to object$/);
    expect(objection.length).toBeGreaterThan(10);
    for (const line of objection) expect(line).toMatch(/^▌( |$)/);
    expect(text).toMatch(/\n▌ To object, a message to datenschutz@lindenberg-ohm\.example is enough\.\n\n\d+ Withdrawing your consent\n/);
    expect(text).toMatch(/\nVideo meetings with Zoom\n {2}Purpose: Providing the service, business operations\n/);
    const linked: PolicyDocument = {
      meta: { title: "Privacy policy", language: "en", version: "1", effective: "2026-01-01", updated: "2026-01-01", controller: "Example" },
      sections: [
        {
          id: "contact",
          kind: "contact",
          title: "Contact",
          sections: [],
          content: [
            {
              type: "paragraph",
              children: [
                { type: "text", value: "See " },
                { type: "link", url: "https://example.org/privacy", children: [{ type: "text", value: "our policy" }] },
                { type: "text", value: "." },
              ],
            },
          ],
        },
      ],
    };
    expect(toText(linked)).toContain("\nSee our policy <https://example.org/privacy>.\n");
  });

  it("gives the same bytes for the same input, and the same text for the composed document as for the policy", () => {
    for (const locale of ["en", "de"] as const) {
      const first = toText(examplePolicy(), { locale, width: 72 });
      expect(toText(examplePolicy(), { locale, width: 72 })).toBe(first);
      expect(toText(compose(examplePolicy(), { locale }), { locale, width: 72 })).toBe(first);
      expect(toText(compose(examplePolicy(), { locale }), { width: 72 })).toBe(first);
    }
  });

  it("defaults to the policy's first language (a document's own) and 80 columns", () => {
    const policy = examplePolicy();
    expect(toText(policy)).toBe(toText(policy, { locale: policy.locales[0], width: 80 }));
    const german = { ...policy, locales: ["de", "en"] } as Policy;
    expect(toText(german)).toBe(toText(policy, { locale: "de" }));
    expect(toText(compose(policy, { locale: "de" }))).toBe(toText(policy, { locale: "de" }));
  });
});

describe("toText options", () => {
  const wrong: [options: unknown, option: string][] = [
    [{ locale: "sv" }, "locale"],
    [{ locale: 1 }, "locale"],
    [{ width: 19 }, "width"],
    [{ width: 1001 }, "width"],
    [{ width: 80.5 }, "width"],
    [{ width: "80" }, "width"],
    [{ width: Number.NaN }, "width"],
    [{ colour: false }, "colour"],
    [{ color: false }, "color"],
    ["en", "options"],
    [null, "options"],
  ];
  for (const [options, option] of wrong) {
    it(`refuses ${JSON.stringify(options) ?? String(options)} with a ViewOptionsError naming ${option}`, () => {
      let error: unknown;
      try {
        toText(examplePolicy(), options as never);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ViewOptionsError);
      expect((error as ViewOptionsError).option).toBe(option);
      expect((error as Error).message.startsWith(option)).toBe(true);
    });
  }

  it("accepts the ends of the width range", () => {
    expectWellFormed(toText(examplePolicy(), { width: 20 }), 20);
    expectWellFormed(toText(examplePolicy(), { width: 1000 }), 1000);
  });

  it("refuses a locale that is not the document's language, and input that is neither a policy nor a document", () => {
    const german = compose(examplePolicy(), { locale: "de" });
    expect(() => toText(german, { locale: "en" })).toThrow(ViewOptionsError);
    expect(() => toText({} as never)).toThrow(TypeError);
    expect(() => toText(null as never)).toThrow(TypeError);
    const french = { ...german, meta: { ...german.meta, language: "sv" } } as unknown as PolicyDocument;
    expect(() => toText(french)).toThrow(/language must be one of en, de, fr, it, es, nl, pl, got "sv"/);
  });
});

// Names with every kind of thing that could reach a terminal: colour and cursor sequences (7-bit
// and 8-bit), OSC strings (a window title, a hyperlink), carriage returns, NUL, DEL, C1 controls,
// bidirectional overrides and isolates, line and paragraph separators, tabs and line breaks.
const hostileNames: readonly string[] = [
  "Zoom\u001b[31m red\rEVIL\u001b]0;title\u0007",
  "Evil\u001b[31m Corp\r\u001b[2J",
  "csi\u009b2J c1\u0085\u0090dcs\u009c end",
  "link\u001b]8;;https://evil.example\u001b\\text\u001b]8;;\u001b\\",
  "nul\u0000 bell\u0007 bs\u0008 del\u007f esc\u001b",
  "bidi \u202eesrever\u202c \u2066isolate\u2069 \u202aembed\u202d",
  "line\nbreak\r\ncrlf\ttab\u2028ls\u2029ps\u000bvt\u000cff",
  "wide 東京 and Ümlaut",
];

/** A valid policy in English and German whose free texts are the names above (the Markdown tests' fixture). */
const hostilePolicy = (): Policy => hostilePolicyOf(hostileNames);

/** A document with block types compose does not make (code, html, headings, images) carrying hostile text too. */
function hostileDocument(): PolicyDocument {
  const name = hostileNames.join(" ");
  return {
    meta: {
      title: hostileNames[0]!,
      language: "en",
      version: hostileNames[2]!,
      effective: "2026-01-01",
      updated: "2026-01-01",
      controller: hostileNames[1]!,
    },
    sections: [
      {
        id: "contact",
        kind: "contact",
        title: name,
        sections: [
          {
            id: "objection",
            kind: "objection",
            title: hostileNames[5]!,
            content: [{ type: "paragraph", children: [{ type: "text", value: name }] }],
            sections: [],
          },
        ],
        content: [
          { type: "heading", depth: 3, children: [{ type: "text", value: name }] },
          { type: "code", value: hostileNames.join("\n") },
          { type: "html", value: name },
          {
            type: "paragraph",
            children: [
              { type: "link", url: `https://evil.example/\u001b[2J\r`, children: [{ type: "text", value: hostileNames[3]! }] },
              { type: "image", url: "https://evil.example/x.png", alt: hostileNames[4]! },
              { type: "inlineCode", value: hostileNames[6]! },
              { type: "break" },
              { type: "text", value: name },
            ],
          },
          {
            type: "list",
            ordered: true,
            start: 9,
            children: hostileNames.map((value) => ({ type: "listItem", children: [{ type: "paragraph", children: [{ type: "text", value }] }] })),
          },
          {
            type: "table",
            children: [
              {
                type: "tableRow",
                children: [
                  { type: "tableCell", children: [{ type: "text", value: "Name\u001b[1m" }] },
                  { type: "tableCell", children: [{ type: "text", value: "What" }] },
                ],
              },
              ...hostileNames.map((value) => ({
                type: "tableRow" as const,
                children: [
                  { type: "tableCell" as const, children: [{ type: "text" as const, value }] },
                  { type: "tableCell" as const, children: [{ type: "text" as const, value }] },
                ],
              })),
            ],
          },
          { type: "thematicBreak" },
        ],
      },
    ],
  };
}

describe("toText with hostile text", () => {
  const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
  const bidiOverrides = /[\u202a-\u202e\u2066-\u2069]/;

  const inputs: [name: string, render: (locale: Locale, width: number) => string][] = [
    ["a policy", (locale, width) => toText(hostilePolicy(), { locale, width })],
    ["a document", (_locale, width) => toText(hostileDocument(), { width })],
  ];
  for (const [name, render] of inputs) {
    it(`prints ${name} with no escape, no control character but "\\n", no bidi override`, () => {
      for (const locale of ["en", "de"] as const) {
        for (const width of [20, 40, 120]) {
          const text = render(locale, width);
          expect(text).not.toContain("\u001b");
          expect(text).not.toMatch(controls);
          expect(text).not.toMatch(bidiOverrides);
          expect(text).not.toMatch(/[\u2028\u2029]/);
          expectWellFormed(text, width);
          expect(text).toContain("Zoom redEVIL");
        }
      }
    });
  }

  it("keeps the words of the hostile names", () => {
    const text = toText(hostilePolicy(), { locale: "en", width: 200 });
    expect(text).toContain("Evil Corp");
    expect(text).toContain("bidi esrever isolate embed");
    expect(text).toContain("wide 東京 and Ümlaut");
  });
});

describe("the @policy/ink/text entry of the built package", () => {
  const packageRoot = fileURLToPath(new URL("../..", import.meta.url));
  const built = join(packageRoot, "dist", "text", "to-text.js");

  /** Every file URL Node loads for `import(specifier)`, recorded by module hooks in a child process. */
  function urlsLoadedBy(specifier: string): string[] {
    const directory = mkdtempSync(join(tmpdir(), "policy-ink-trace-"));
    const traceFile = join(directory, "trace.txt");
    const hooks = join(directory, "trace-hooks.mjs");
    const loader = join(directory, "trace-loads.mjs");
    try {
      writeFileSync(
        hooks,
        `import { appendFileSync } from "node:fs";\n` +
          `export async function load(url, context, nextLoad) {\n` +
          `  if (url.startsWith("file:")) appendFileSync(process.env.TRACE_FILE, url + "\\n");\n` +
          `  return nextLoad(url, context);\n}\n`,
      );
      writeFileSync(loader, `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
      const script = `const m = await import(${JSON.stringify(specifier)}); if (typeof m.toText !== "function") process.exit(3);`;
      execFileSync(process.execPath, ["--import", pathToFileURL(loader).href, "--input-type=module", "-e", script], {
        cwd: packageRoot,
        env: { ...process.env, TRACE_FILE: traceFile },
      });
      return readFileSync(traceFile, "utf8").trim().split("\n");
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }

  const loadsReact = (urls: readonly string[]) => urls.some((url) => /\/node_modules\/(ink|react|react-reconciler)\//.test(url));

  it("is built (run `npx tsc -b packages/ink` first)", () => {
    expect(existsSync(built)).toBe(true);
  });

  // Each check starts a Node process that loads the package: seconds on a busy machine.
  const slow = { timeout: 30_000 };

  it("loads dist/text/to-text.js and neither ink nor react", slow, () => {
    const urls = urlsLoadedBy("@policy/ink/text");
    expect(urls).toContain(pathToFileURL(built).href);
    expect(urls.filter((url) => /\/node_modules\/(ink|react|react-reconciler)\//.test(url))).toEqual([]);
    expect(urls.some((url) => url.endsWith("/dist/index.js") && url.includes("/packages/ink/"))).toBe(false);
  });

  it("while the package root does load them (so the check above can see them)", slow, () => {
    expect(loadsReact(urlsLoadedBy("@policy/ink"))).toBe(true);
  });
});
