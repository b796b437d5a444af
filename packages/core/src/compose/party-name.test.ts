import type { Paragraph } from "mdast";
import { describe, expect, it } from "vitest";
import { controller, policyOf, shop, usProvider } from "../../test/fixtures/compose/policies.js";
import { compose } from "./compose.js";
import { plain } from "./inline.js";
import { germanArticle } from "./party-name.js";

describe("germanArticle", () => {
  it("gives “die” to company names that end in a legal form, German or foreign", () => {
    for (const name of [
      "Bäckerei Mohnblume GmbH",
      "Hetzner Online GmbH",
      "Zoom Communications, Inc.",
      "Calendly, LLC",
      "Sendinblue SAS",
      "Muster AG",
      "PayPal (Europe) S.à r.l. et Cie, S.C.A.",
    ]) {
      expect(germanArticle(name), name).toBe("die");
    }
  });

  it("gives “der” to an association (e.V.) and none to a person or a name without a known form", () => {
    expect(germanArticle("Förderverein Musterschule e.V.")).toBe("der");
    expect(germanArticle("Maria Huber")).toBe("none");
    expect(germanArticle("Café Sacher")).toBe("none");
    // A legal form inside a word or standing alone is not one.
    expect(germanArticle("BLAG")).toBe("none");
    expect(germanArticle("GmbH")).toBe("none");
    // A name with an article of its own takes no second one.
    expect(germanArticle("The Rocket Science Group LLC")).toBe("none");
    expect(germanArticle("Die Bäckerei GmbH")).toBe("none");
  });

  it("follows the party's own article over the rule", () => {
    expect(germanArticle("Bäckerei Mohnblume GmbH", "none")).toBe("none");
    expect(germanArticle("Café Sacher", "das")).toBe("das");
  });
});

/** The overview's first sentence, and the sentence naming the provider's role, in German. */
function germanSentences(controllerName: string, article?: "none") {
  const document = compose(
    policyOf(
      [
        shop,
        {
          id: "notes",
          processor: usProvider,
          purposes: [{ purpose: "essential.service", legalBasis: "A6-1-b" }],
          data: ["user.name"],
          subjects: ["customer"],
          retention: { duration: "P1Y" },
        },
      ],
      {
        controller: { ...controller, name: controllerName, ...(article === undefined ? {} : { article }) },
      },
    ),
    { locale: "de" },
  );
  const overview = document.sections.find((section) => section.kind === "overview")!;
  const about = document.sections.find((section) => section.kind === "services")!.sections[1]!.sections[0]!;
  const paragraphs = (blocks: typeof about.content) =>
    blocks.filter((block): block is Paragraph => block.type === "paragraph").map((block) => plain(block.children));
  return { intro: paragraphs(overview.content)[0]!, about: paragraphs(about.content) };
}

describe("company names in German running text", () => {
  it("take their article: “wie die Bäckerei Mohnblume GmbH …”, and “Die …” at the start of a sentence", () => {
    const { intro, about } = germanSentences("Bäckerei Mohnblume GmbH");
    expect(intro).toMatch(/^Diese Datenschutzerklärung erläutert, wie die Bäckerei Mohnblume GmbH Ihre personenbezogenen Daten verarbeitet:/);
    expect(about).toContain(
      "Die CloudNotes Inc. verarbeitet die Daten als unser Auftragsverarbeiter, also nur in unserem Auftrag und nach unseren Weisungen (Art. 28 DSGVO).",
    );
  });

  it("stand alone where the policy says the name takes no article", () => {
    expect(germanSentences("Bäckerei Mohnblume GmbH", "none").intro).toMatch(/, wie Bäckerei Mohnblume GmbH Ihre personenbezogenen/);
  });
});
