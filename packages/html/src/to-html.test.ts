import { compose, type Policy, type PolicyDocument, type PolicySection } from "@policy/core";
import { toMarkdown } from "@policy/markdown";
import { describe, expect, it } from "vitest";
import { californiaPolicy, examplePolicy } from "../test/example.js";
import { byId, elements, parse, textOf } from "../test/hast.js";
import { contentSecurityPolicy } from "./page.js";
import { builtInCss } from "./style.js";
import { toHtml } from "./to-html.js";

const policy = examplePolicy();
const documents = { en: compose(policy, { locale: "en" }), de: compose(policy, { locale: "de" }) };

function allSections(sections: readonly PolicySection[]): PolicySection[] {
  return sections.flatMap((section) => [section, ...allSections(section.sections)]);
}

describe.each(["en", "de"] as const)("toHtml in %s", (locale) => {
  const document = documents[locale];
  const fragment = parse(toHtml(document, { toc: true }), true);
  const page = parse(toHtml(document, { toc: true, standalone: true }), false);

  it("makes a fragment of one <article> in the document's language, with nothing of a page", () => {
    const top = fragment.children.filter((node) => node.type === "element");
    expect(top.map((node) => node.tagName)).toEqual(["article"]);
    expect(top[0]!.properties).toMatchObject({ lang: locale, className: ["policy"] });
    for (const tag of ["html", "head", "body", "style", "script", "title", "meta"]) expect(elements(fragment, tag)).toEqual([]);
  });

  it("makes a page with doctype, language, charset, viewport, title and style sheet, and no script", () => {
    const html = toHtml(document, { standalone: true });
    expect(html.startsWith("<!doctype html>\n<html lang=")).toBe(true);
    expect(elements(page, "html")[0]!.properties.lang).toBe(locale);
    const metas = elements(page, "meta").map((meta) => meta.properties);
    expect(metas[0]).toEqual({ charSet: "utf-8" });
    expect(metas).toContainEqual({ name: "viewport", content: "width=device-width, initial-scale=1" });
    expect(metas).toContainEqual({ httpEquiv: ["Content-Security-Policy"], content: contentSecurityPolicy });
    const controller = "Lindenberg & Ohm Beratung GmbH";
    expect(textOf(elements(page, "title")[0]!)).toBe(`${document.meta.title} – ${controller}`);
    expect(textOf(elements(page, "style")[0]!).trim()).toBe(builtInCss.trim());
    expect(elements(page, "script")).toEqual([]);
    // Nothing that loads: no element with a source, no stylesheet link, no url() or @import.
    for (const element of elements(page)) {
      expect(element.properties.src).toBeUndefined();
      if (element.tagName !== "a") expect(element.properties.href).toBeUndefined();
    }
    expect(builtInCss).not.toMatch(/url\(|@import|@font-face/i);
    expect(
      elements(page, "main")[0]!
        .children.filter((node) => node.type === "element")
        .map((node) => node.tagName),
    ).toEqual(["article"]);
  });

  it("gives each section a <section> with compose's id, the Markdown anchor's, named by its heading", () => {
    const sections = allSections(document.sections);
    const markdownAnchors = [...toMarkdown(document).matchAll(/<a id="([^"]+)"><\/a>/g)].map((match) => match[1]);
    const htmlSections = elements(fragment, "section");
    expect(htmlSections.map((section) => section.properties.id)).toEqual(sections.map((section) => section.id));
    expect(htmlSections.map((section) => section.properties.id)).toEqual(markdownAnchors);
    for (const [index, element] of htmlSections.entries()) {
      const labelIds = element.properties.ariaLabelledBy as string[];
      const heading = byId(fragment, labelIds.at(-1)!)!;
      expect(element.children).toContain(heading);
      expect(heading.tagName).toMatch(/^h[1-6]$/);
      expect(textOf(heading)).toBe(sections[index]!.title);
    }
  });

  it("names a section whose title repeats together with its parent, so every landmark's name is distinct", () => {
    const names = elements(fragment, "section").map((section) =>
      (section.properties.ariaLabelledBy as string[]).map((id) => textOf(byId(fragment, id)!)).join(" "),
    );
    expect(new Set(names).size).toBe(names.length);
    const storage = byId(fragment, "service-video-meetings--storage")!;
    expect(storage.properties.ariaLabelledBy).toEqual(["service-video-meetings__heading", "service-video-meetings--storage__heading"]);
    // A title of its own needs nothing more.
    expect(byId(fragment, "service-video-meetings--about")!.properties.ariaLabelledBy).toEqual(["service-video-meetings--about__heading"]);
  });

  it("never skips a heading level, from <h1> down", () => {
    for (const [offset, top] of [
      [0, 1],
      [2, 3],
    ] as const) {
      const ranks = elements(parse(toHtml(document, { toc: true, headingOffset: offset }), true))
        .filter((element) => /^h[1-6]$/.test(element.tagName))
        .map((element) => Number(element.tagName[1]));
      expect(ranks[0]).toBe(top);
      expect(Math.min(...ranks)).toBe(top);
      for (let index = 1; index < ranks.length; index++) expect(ranks[index]!).toBeLessThanOrEqual(ranks[index - 1]! + 1);
    }
  });

  it("has a table of contents in a named <nav>, linking to every section two levels deep", () => {
    const [nav] = elements(fragment, "nav");
    expect(nav!.properties.ariaLabelledBy).toEqual(["contents__heading"]);
    expect(textOf(byId(nav!, "contents__heading")!)).toBe(locale === "en" ? "Contents" : "Inhalt");
    const expected = document.sections.flatMap((section) => [section, ...section.sections]).map((section) => `#${section.id}`);
    expect(elements(nav!, "a").map((link) => link.properties.href)).toEqual(expected);
    const shallow = elements(parse(toHtml(document, { toc: { depth: 1, title: "Index" } }), true), "nav")[0]!;
    expect(elements(shallow, "a").map((link) => link.properties.href)).toEqual(document.sections.map((section) => `#${section.id}`));
    expect(textOf(elements(shallow, "h2")[0]!)).toBe("Index");
  });

  it("captions tables and scopes their header cells, in a labelled region that scrolls on its own", () => {
    const tables = elements(fragment, "table");
    expect(tables).toHaveLength(2); // the services at a glance, cookies
    for (const table of tables) {
      const caption = elements(table, "caption")[0]!;
      expect(textOf(caption).length).toBeGreaterThan(20);
      const [headRow, ...bodyRows] = elements(table, "tr");
      expect(elements(headRow!, "th").every((cell) => cell.properties.scope === "col")).toBe(true);
      for (const row of bodyRows) {
        const cells = row.children.filter((node) => node.type === "element");
        expect(cells[0]).toMatchObject({ tagName: "th", properties: { scope: "row" } });
        expect(cells.slice(1).every((cell) => cell.tagName === "td")).toBe(true);
        expect(cells).toHaveLength(elements(headRow!, "th").length);
      }
    }
    const region = elements(fragment, "div").find((div) => elements(div, "table").length > 0)!;
    expect(region.properties).toMatchObject({ role: "region", tabIndex: 0, className: ["policy-table"] });
    expect(region.properties.ariaLabel).toBe(textOf(elements(region, "caption")[0]!));
  });

  it("puts contact details in <address>: the controller, each provider, the supervisory authority", () => {
    const addresses = elements(fragment, "address").map(textOf);
    expect(addresses[0]).toMatch(/^Lindenberg & Ohm Beratung GmbH\nOranienstraße 183\n10999 Berlin\n/);
    expect(addresses.some((text) => text.startsWith("Zoom Communications, Inc.\n55 Almaden Blvd, Suite 600"))).toBe(true);
    expect(addresses.some((text) => text.startsWith("Berliner Beauftragte für Datenschutz und Informationsfreiheit\nAlt-Moabit 59-61"))).toBe(true);
    expect(elements(byId(fragment, "controller")!, "p").some((p) => textOf(p).includes("Oranienstraße"))).toBe(false);
  });

  it("sets the right to object apart with its own class, styled with a border and background", () => {
    expect(byId(fragment, "objection")!.properties.className).toEqual(["policy-objection"]);
    expect(byId(fragment, "rights")!.properties.className).toEqual(["policy-rights"]);
    expect(builtInCss).toMatch(/\.policy-objection \{[^}]*border: 2px solid[^}]*background: var\(--notice-background\)/);
  });

  it("links only to sections, web pages, e-mail and phone; web links open without opener or referrer", () => {
    const links = elements(page, "a");
    expect(links.length).toBeGreaterThan(30);
    for (const link of links) {
      const href = String(link.properties.href);
      expect(href).toMatch(/^(#[a-z0-9-]+|https?:\/\/|mailto:|tel:\+?[0-9]+$)/);
      if (/^https?:/.test(href)) expect(link.properties.rel).toEqual(["noopener", "noreferrer"]);
      else expect(link.properties.rel).toBeUndefined();
    }
  });

  it("gives the same bytes for the same input, from a Policy or its document", () => {
    expect(toHtml(policy, { locale, standalone: true, toc: true })).toBe(toHtml(document, { standalone: true, toc: true }));
    expect(toHtml(policy, { locale })).toBe(toHtml(policy, { locale }));
  });
});

describe("toHtml: title and style sheet", () => {
  it.each([
    ["en", "Privacy policy"],
    ["de", "Datenschutzerklärung"],
  ] as const)("names the controller under the title, on a line of its own, in %s", (locale, title) => {
    const [heading] = elements(parse(toHtml(documents[locale]), true), "h1");
    const children = heading!.children.map((node) => (node.type === "element" ? [node.tagName, node.properties, textOf(node)] : textOf(node)));
    expect(children).toEqual([title, ["br", {}, ""], ["span", { className: ["policy-title-controller"] }, "Lindenberg & Ohm Beratung GmbH"]]);
  });

  it("uses the title option for the heading and the page title; controllerInTitle: false leaves the controller out", () => {
    const page = parse(toHtml(documents.en, { standalone: true, title: "Privacy at Lindenberg & Ohm", controllerInTitle: false }), false);
    expect(textOf(elements(page, "title")[0]!)).toBe("Privacy at Lindenberg & Ohm");
    expect(textOf(elements(page, "h1")[0]!)).toBe("Privacy at Lindenberg & Ohm");
    const named = parse(toHtml(documents.en, { title: "Privacy at our firm" }), true);
    expect(textOf(elements(named, "h1")[0]!)).toBe("Privacy at our firmLindenberg & Ohm Beratung GmbH");
  });

  it("writes the controller's name in the title on one line, whatever it holds", () => {
    const document = { ...documents.de, meta: { ...documents.de.meta, controller: "Evil\nCorp <b>GmbH</b>" } };
    const [heading] = elements(parse(toHtml(document), true), "h1");
    expect(textOf(heading!)).toBe("DatenschutzerklärungEvil Corp <b>GmbH</b>");
    expect(elements(heading!, "b")).toEqual([]);
  });

  it("replaces or extends the built-in style sheet", () => {
    const style = (options: object) => textOf(elements(parse(toHtml(documents.en, { standalone: true, ...options }), false), "style")[0]!);
    expect(style({ css: { replace: "body { font-family: serif; }" } })).toBe("\nbody { font-family: serif; }\n");
    const extended = style({ css: { extend: ".policy h2 { color: teal; }\n" } });
    expect(extended.startsWith(`\n${builtInCss}`)).toBe(true);
    expect(extended.endsWith(".policy h2 { color: teal; }\n")).toBe(true);
  });
});

describe("toHtml: untranslated text", () => {
  it('marks a name that exists only in English with lang="en" in a German page, in headings, the contents and the text', () => {
    const [first, ...rest] = policy.services;
    const englishOnly: Policy = { ...policy, services: [{ ...first!, name: { en: "Client calls" } }, ...rest] };
    const german = compose(englishOnly, { locale: "de" });
    const tree = parse(toHtml(german, { toc: true }), true);
    const spans = elements(tree, "span").filter((span) => span.properties.lang === "en");
    const places = spans.map((span) => {
      const heading = elements(tree).find((element) => /^h[1-6]$|^a$|^th$/.test(element.tagName) && element.children.includes(span));
      return heading?.tagName;
    });
    expect(spans.every((span) => textOf(span) === "Client calls")).toBe(true);
    expect(places).toContain("a"); // the table of contents
    expect(places).toContain("h3"); // the service's heading
    expect(places).toContain("th"); // the row of the summary table
    const untranslatedDocument: PolicyDocument = {
      ...german,
      sections: [
        { ...german.sections[0]!, content: [{ type: "paragraph", children: [{ type: "text", value: "Only in English", data: { lang: "en" } }] }] },
      ],
    };
    expect(toHtml(untranslatedDocument)).toContain('<p><span lang="en">Only in English</span></p>');
  });
});

describe("toHtml: the section for California residents", () => {
  it("renders it as any other section, with its id, heading and parts, the opt-out page as a link", () => {
    const tree = parse(toHtml(californiaPolicy(), { locale: "en" }), true);
    const california = byId(tree, "california");
    expect(california).toBeDefined();
    const text = textOf(california!).replace(/\s+/g, " ");
    expect(text).toContain("Your California privacy rights");
    expect(text).toContain("Identifiers (Cal. Civ. Code § 1798.140(v)(1)(A))");
    expect(byId(tree, "california-requests")).toBeDefined();
    const links = elements(california!, "a").map((a) => a.properties?.href);
    expect(links).toContain("https://lindenberg-ohm.example/do-not-sell-or-share");
    expect(links).toContain("tel:+18005550100");
  });
});
