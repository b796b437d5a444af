import { describe, expect, it } from "vitest";
import { sectionById, textOf } from "../../test/fixtures/compose/helpers.js";
import { controller, policyOf, shop } from "../../test/fixtures/compose/policies.js";
import type { Address } from "../model/party.js";
import { compose } from "./compose.js";

function complaint(address: Partial<Address>, locale: "en" | "de"): string {
  const policy = policyOf([shop], { controller: { ...controller, address: { ...controller.address, ...address } as Address } });
  return textOf(sectionById(compose(policy, { locale }), "complaint")!);
}

describe("the supervisory authority, when the policy names none", () => {
  it("is the one of the controller's country, with the facts its own pages confirm: Vienna", () => {
    const vienna = { street: "Mohngasse 7", postalCode: "1070", city: "Wien", country: "AT" } as const;
    expect(complaint(vienna, "de")).toContain(
      "Die für uns zuständige Aufsichtsbehörde ist:\nÖsterreichische Datenschutzbehörde\nBarichgasse 40-42\n1030 Wien\nÖsterreich\nE-Mail: dsb@dsb.gv.at\nTelefon: +43 1 52 152-0\nWebsite: https://www.dsb.gv.at/",
    );
    expect(complaint(vienna, "en")).toContain(
      "The supervisory authority responsible for us is:\nAustrian Data Protection Authority\nBarichgasse 40-42",
    );
  });

  it("is the authority of the controller's Land in Germany, from postal code and city, or the Land given", () => {
    expect(complaint({ postalCode: "80331", city: "München" }, "de")).toContain("Bayerisches Landesamt für Datenschutzaufsicht");
    expect(complaint({ postalCode: undefined, city: "Hamburg" }, "de")).toContain(
      "Hamburgische Beauftragte für Datenschutz und Informationsfreiheit",
    );
    expect(complaint({ postalCode: "34346", city: "Hann. Münden", land: "BY" }, "de")).toContain("Bayerisches Landesamt für Datenschutzaufsicht");
  });

  it("states no fact its pages do not confirm: Berlin's authority by name and website only", () => {
    const berlin = complaint({ postalCode: "10115", city: "Berlin" }, "de");
    expect(berlin).toContain("Berliner Beauftragte für Datenschutz und Informationsfreiheit\nWebsite:");
    expect(berlin).not.toContain("Alt-Moabit");
  });

  it("is not named where our data knows it only from a third party's list: the EDPB's list instead", () => {
    const lisbon = complaint({ street: "Rua Augusta 1", postalCode: "1100-048", city: "Lisboa", country: "PT" }, "en");
    expect(lisbon).toContain("The European Data Protection Board lists the supervisory authorities of all member states");
    expect(lisbon).not.toContain("Comissão Nacional");
  });
});
