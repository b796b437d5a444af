import type { List, Paragraph } from "mdast";
import { describe, expect, it } from "vitest";
import { policyOf, shop } from "../../test/fixtures/compose/policies.js";
import type { Locale } from "../taxonomy/index.js";
import { compose } from "./compose.js";
import { plain } from "./inline.js";

/** The recipients section's list items as plain text. */
function recipients(locale: Locale, recipientsOfShop: unknown[]): string[] {
  const document = compose(policyOf([{ ...shop, recipients: recipientsOfShop } as typeof shop]), { locale });
  const section = document.sections.find((candidate) => candidate.kind === "recipients")!;
  const list = section.content.find((block): block is List => block.type === "list")!;
  return list.children.map((item) => plain((item.children[0] as Paragraph).children));
}

describe("recipients a service names", () => {
  it("need no verb, so a plural group reads right: “Data from:”, not “Receives data for:”", () => {
    const police = { name: { en: "The police and public prosecutors", de: "Polizei und Staatsanwaltschaft" } };
    expect(recipients("en", [police])).toEqual(["The police and public prosecutors. Data from: Online shop."]);
    expect(recipients("de", [police])).toEqual(["Polizei und Staatsanwaltschaft. Daten aus: Onlineshop."]);
  });

  it("give their address and the legal basis of passing the data on", () => {
    const taxAdviser = {
      name: { en: "Steuerkanzlei Weber", de: "Steuerkanzlei Weber" },
      address: { street: "Ringstraße 2", postalCode: "1010", city: "Wien", country: "AT" },
      legalBasis: "A6-1-c",
    };
    expect(recipients("en", [taxAdviser])).toEqual([
      "Steuerkanzlei Weber, Ringstraße 2, 1010 Wien, Austria. Data from: Online shop. Legal basis for passing the data on: Art. 6(1)(c) GDPR (legal obligation).",
    ]);
    expect(recipients("de", [taxAdviser])).toEqual([
      "Steuerkanzlei Weber, Ringstraße 2, 1010 Wien, Österreich. Daten aus: Onlineshop. Rechtsgrundlage der Weitergabe: Art. 6 Abs. 1 lit. c DSGVO (rechtliche Verpflichtung).",
    ]);
  });

  it("are refused with both a country and an address, which would say the country twice", () => {
    const both = { name: "Kurier", country: "AT", address: { street: "Weg 1", city: "Graz", country: "AT" } };
    expect(() => recipients("en", [both])).toThrow(/either country or address/);
  });
});
