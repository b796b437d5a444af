import type { Text } from "mdast";
import { describe, expect, it } from "vitest";
import { nodesOf, sectionById } from "../../test/fixtures/compose/helpers.js";
import { controller, policyOf, shop } from "../../test/fixtures/compose/policies.js";
import type { Provider } from "../model/processor.js";
import type { Policy } from "../model/resolved.js";
import { compose } from "./compose.js";
import { chooseText, localizedText, plainLanguageOf } from "./text.js";

describe("chooseText", () => {
  it("takes the text in the document's language", () => {
    expect(chooseText({ en: "Hello", de: "Hallo" }, "de", "en")).toEqual({ value: "Hallo", lang: "de" });
    expect(chooseText({ en: "Hello", de: "Hallo" }, "en", "en")).toEqual({ value: "Hello", lang: "en" });
  });

  it("falls back to English only where the German is missing, then to any language there is", () => {
    expect(chooseText({ en: "Hello" }, "de", "en")).toEqual({ value: "Hello", lang: "en" });
    expect(chooseText({ de: "Hallo" }, "en", "en")).toEqual({ value: "Hallo", lang: "de" });
  });

  it("reads a plain string as written in the policy's one language, else in English", () => {
    expect(chooseText("Hallo", "de", "de")).toEqual({ value: "Hallo", lang: "de" });
    expect(chooseText("Hello", "de", "en")).toEqual({ value: "Hello", lang: "en" });
    expect(plainLanguageOf(["de"])).toBe("de");
    expect(plainLanguageOf(["en"])).toBe("en");
    expect(plainLanguageOf(["de", "en"])).toBe("en");
  });
});

describe("localizedText", () => {
  it("marks text that stands in for a missing translation with data.lang, and only that", () => {
    expect(localizedText({ en: "Hello" }, "de", "en")).toEqual({ type: "text", value: "Hello", data: { lang: "en" } });
    expect(localizedText({ en: "Hello", de: "Hallo" }, "de", "en")).toEqual({ type: "text", value: "Hallo" });
    expect(localizedText("Hello", "en", "en")).toEqual({ type: "text", value: "Hello" });
  });
});

describe("untranslated text in a composed document", () => {
  // A catalog entry with English prose only, as an entry can be where no one has translated it yet.
  const englishOnly: Policy = (() => {
    const policy = policyOf([shop]);
    const processor: Provider = {
      id: "mailer",
      name: "Mailer",
      entity: { name: "Mailer Ltd", address: { street: "1 Road", city: "Cork", country: "IE" } },
      role: "processor",
      urls: {},
      description: { en: "Mailer sends e-mails." },
      transfers: [],
      deviceAccess: [],
      domains: [],
      sources: [],
      unconfirmed: [],
      disagreements: [],
    };
    return {
      ...policy,
      services: [{ ...policy.services[0]!, name: { en: "Mailing" }, processor, deletion: { en: "Unsubscribe in any e-mail." } }],
    };
  })();

  it("emits the English text in the German document, marked as English", () => {
    const document = compose(englishOnly, { locale: "de" });
    const about = sectionById(document, "service-shop--about")!;
    const marked = nodesOf(about).filter((node): node is Text => node.type === "text" && node.data?.lang !== undefined);
    expect(marked).toEqual([{ type: "text", value: "Mailer sends e-mails.", data: { lang: "en" } }]);
    const deletion = nodesOf(sectionById(document, "service-shop--deletion")!);
    expect(deletion).toContainEqual({ type: "text", value: "Unsubscribe in any e-mail.", data: { lang: "en" } });
    // The German around it is unmarked.
    expect(nodesOf(about)).toContainEqual({ type: "text", value: "Anbieter ist:" });
  });

  it("marks a title that holds an untranslated name with titleLang", () => {
    const document = compose(englishOnly, { locale: "de" });
    expect(sectionById(document, "service-shop")).toMatchObject({ title: "Mailing", titleLang: "en" });
    // "Was ist Mailer?" names the product, which is the same in every language.
    expect(sectionById(document, "service-shop--about")?.titleLang).toBeUndefined();
    expect(sectionById(document, "rights")?.titleLang).toBeUndefined();
    expect(sectionById(compose(englishOnly, { locale: "en" }), "service-shop")?.titleLang).toBeUndefined();
  });

  it("marks nothing in a document whose language has every text", () => {
    for (const locale of ["en", "de"] as const) {
      const document = compose(policyOf([shop]), { locale });
      const nodes = document.sections.flatMap((section) => nodesOf(section));
      expect(nodes.filter((node) => node.type === "text" && node.data?.lang !== undefined)).toEqual([]);
    }
  });

  it("takes the plain strings of a German-only policy as German", () => {
    const german = policyOf([{ ...shop, name: "Laden", description: "Unser Laden." }], { locales: ["de"], controller });
    const document = compose(german, { locale: "de" });
    const nodes = document.sections.flatMap((section) => nodesOf(section));
    expect(nodes.filter((node) => node.type === "text" && node.data?.lang !== undefined)).toEqual([]);
    // ...and in an English document, the same strings are marked as German.
    const english = compose(german, { locale: "en" });
    expect(nodesOf(sectionById(english, "service-shop--about")!)).toContainEqual({ type: "text", value: "Unser Laden.", data: { lang: "de" } });
  });
});
