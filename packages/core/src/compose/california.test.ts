import { describe, expect, it } from "vitest";
import { controller, policyOf, shop, usProvider } from "../../test/fixtures/compose/policies.js";
import { sectionById, textOf } from "../../test/fixtures/compose/helpers.js";
import type { PolicyInput } from "../model/policy.js";
import type { ServiceInput } from "../model/service.js";
import { compose } from "./compose.js";
import type { PolicyDocument, PolicySection } from "./document.js";

/** An advertising pixel: shared (cross-context behavioural advertising) by default. */
const pixel: ServiceInput = {
  id: "pixel",
  name: { en: "Ad pixel", de: "Werbepixel" },
  processor: { ...usProvider, id: "ad-pixel", name: "AdPixel", entity: { ...usProvider.entity, name: "AdPixel Inc." }, categories: ["advertising"] },
  purposes: [{ purpose: "marketing.advertising", legalBasis: "A6-1-a" }],
  data: ["user.device.cookie_id", "user.behavior.browsing_history", "user.location.precise"],
  subjects: ["customer"],
  retention: { duration: "P90D" },
};
/** Notes kept by a provider that processes them for us: disclosed for a business purpose. */
const notes: ServiceInput = {
  id: "notes",
  name: { en: "Notes", de: "Notizen" },
  processor: usProvider,
  purposes: [{ purpose: "essential.service", legalBasis: "A6-1-b" }],
  data: ["user.name", "user.government_id.passport_number"],
  subjects: ["customer"],
  provision: { requirement: "contractual" },
  retention: { duration: "P1Y" },
  california: "neither",
};
const california: NonNullable<PolicyInput["california"]> = {
  thresholds: ["revenue"],
  optOutUrl: "https://werkstatt.example/do-not-sell",
  optOutPreferenceSignal: true,
  sellsUnder16: false,
  doNotTrack: "not-honored",
};
const ccpa: Partial<PolicyInput> = {
  locales: ["en", "de"],
  jurisdictions: ["gdpr", "ccpa"],
  rightsContact: { email: "privacy@werkstatt.example", phone: "+1 800 555 0100", url: "https://werkstatt.example/requests" },
  california,
};

/** The section with this id; a test that looks for one that is not there fails here, by name. */
function found(document: PolicyDocument, id: string): PolicySection {
  const section = sectionById(document, id);
  if (section === undefined) throw new Error(`no section ${id}`);
  return section;
}

const english = (services: readonly ServiceInput[], extra: Partial<PolicyInput> = {}) =>
  compose(policyOf(services, { ...ccpa, ...extra }), { locale: "en" });
const part = (services: readonly ServiceInput[], id: string, extra: Partial<PolicyInput> = {}) =>
  textOf(found(english(services, extra), id)).replace(/\s+/g, " ");

describe("the section for California residents", () => {
  it("appears only where the policy declares ccpa, after cookies and before the changes", () => {
    const without = compose(policyOf([shop, notes]), { locale: "en" });
    expect(without.sections.some((section) => section.kind === "california")).toBe(false);
    const kinds = english([shop, notes]).sections.map((section) => section.kind);
    expect(kinds.indexOf("california")).toBe(kinds.indexOf("changes") - 1);
    expect(found(english([shop, notes]), "california").title).toBe("Your California privacy rights");
  });

  it("leaves the text under the GDPR as it was (a phone number for requests aside)", () => {
    const withCcpa = english([shop, notes]).sections.filter((section) => !section.kind.startsWith("california"));
    const gdprOnly = compose(policyOf([shop, { ...notes, california: undefined }], { rightsContact: ccpa.rightsContact, locales: ["en", "de"] }), {
      locale: "en",
    }).sections;
    expect(withCcpa).toEqual(gdprOnly);
  });

  it("§ 1798.130(a)(5) and § 7011(e)(4): says when it was last updated, and that it is updated at least every 12 months", () => {
    expect(textOf(found(english([shop]), "california")).replace(/\s+/g, " ")).toContain(
      "We last updated it on 15 April 2026, and we update it at least once every 12 months",
    );
  });

  it("§ 1798.100(a)(1), § 1798.110(c)(1) and § 1798.130(c): names each category of personal information in the statute's terms, with the policy's data under it", () => {
    const collected = part([shop, notes, pixel], "california-collected");
    expect(collected).toContain(
      "Identifiers (Cal. Civ. Code § 1798.140(v)(1)(A)) Our data in this category: name, e-mail address, passport number and cookie ID",
    );
    expect(collected).toContain(
      "Internet or other electronic network activity (Cal. Civ. Code § 1798.140(v)(1)(F)) Our data in this category: browsing history",
    );
    expect(collected).toContain("Geolocation data (Cal. Civ. Code § 1798.140(v)(1)(G)) Our data in this category: precise location");
    // The categories in the statute's order.
    expect(collected.indexOf("Identifiers")).toBeLessThan(collected.indexOf("Customer records"));
    expect(collected.indexOf("Customer records")).toBeLessThan(collected.indexOf("Internet or other"));
  });

  it("§ 1798.110(c)(3): gives each category's purposes and the services that collect it", () => {
    const collected = part([shop, notes, pixel], "california-collected");
    expect(collected).toMatch(/Geolocation data .* Collected by: Ad pixel Purposes: advertising/);
  });

  it("§ 1798.100(a)(1): says of each category whether it is sold or shared, and to whom", () => {
    const collected = part([shop, notes, pixel], "california-collected");
    expect(collected).toMatch(
      /Geolocation data .* Sold or shared: Shared with AdPixel Inc\. \(Ad pixel\) for cross-context behavioural advertising\./,
    );
    expect(collected).toMatch(/Customer records .* Sold or shared: We neither sell nor share it\./);
  });

  it("§ 1798.100(a)(3): gives how long each category is kept, service by service", () => {
    expect(part([shop, notes, pixel], "california-collected")).toMatch(
      /Identifiers .* How long we keep it: Online shop: 10 years; Notes: 1 year; Ad pixel: 90 days/,
    );
  });

  it("§ 1798.100(a)(2): lists the sensitive personal information by kind, and says its use is limited to § 1798.121(a)", () => {
    const sensitive = part([shop, notes, pixel], "california-sensitive");
    expect(sensitive).toContain(
      "Social security, driver's license, state identification card or passport number (Cal. Civ. Code § 1798.140(ae)(1)(A)) Our data in this category: passport number",
    );
    expect(sensitive).toContain("Precise geolocation (Cal. Civ. Code § 1798.140(ae)(1)(C))");
    expect(sensitive).toContain("only for the purposes Cal. Civ. Code § 1798.121(a) allows");
    expect(
      english([shop])
        .sections.flatMap((section) => section.sections)
        .some((section) => section.kind === "california-sensitive"),
    ).toBe(false);
  });

  it("§ 1798.121 and § 1798.135(a)(2): gives the right to limit and its page where sensitive data is used beyond § 1798.121(a)", () => {
    const beyond = { california: { ...california, sensitiveBeyondLimits: true, limitUrl: "https://werkstatt.example/limit" } };
    expect(part([notes], "california-sensitive", beyond)).toContain(
      "You can tell us at any time to limit its use to those purposes: Limit the Use of My Sensitive Personal Information.",
    );
    expect(part([notes], "california-rights", beyond)).toContain("To limit the use of sensitive personal information");
  });

  it("§ 1798.110(c)(2): names the categories of sources", () => {
    const received: ServiceInput = {
      ...shop,
      id: "leads",
      name: { en: "Leads", de: "Leads" },
      data: [{ category: "user.name", source: { en: "trade fairs", de: "Messen" } }],
    };
    const sources = part([shop, pixel, received], "california-sources");
    expect(sources).toContain("from you, when you give it to us");
    expect(sources).toContain("from your device and browser, automatically");
    expect(sources).toContain("from others: trade fairs");
  });

  it("§ 1798.110(c)(4): names the categories of recipients, by the kind of service", () => {
    expect(part([shop, notes, pixel], "california-disclosures")).toContain(
      "Advertising and conversion tracking: AdPixel Inc. (Ad pixel) Other providers and recipients: CloudNotes Inc. (Notes)",
    );
  });

  it("§ 1798.115(c)(1) and § 1798.130(a)(5)(C)(i): lists what was sold or shared, or says prominently that nothing was", () => {
    expect(part([shop, pixel], "california-disclosures")).toContain(
      "we sold or shared these categories of personal information (Cal. Civ. Code § 1798.115(c)(1)): Identifiers: AdPixel Inc. (Ad pixel)",
    );
    const none = found(english([shop, notes]), "california-disclosures");
    expect(none.content).toContainEqual({
      type: "paragraph",
      children: [{ type: "strong", children: [{ type: "text", value: "We have not sold or shared personal information in the past 12 months." }] }],
    });
  });

  it("§ 1798.115(c)(2): lists what was disclosed for a business purpose, or says that nothing was", () => {
    expect(part([shop, notes], "california-disclosures")).toContain(
      "for a business purpose (Cal. Civ. Code § 1798.115(c)(2)): Identifiers: CloudNotes Inc. (Notes)",
    );
    expect(part([shop], "california-disclosures")).toContain(
      "We have not disclosed personal information for a business purpose in the past 12 months.",
    );
  });

  it("§ 1798.130(a)(5)(A): describes the rights to know, delete, correct and not to be discriminated against; to opt out where data is sold or shared", () => {
    const rights = part([shop, pixel], "california-rights");
    for (const right of ["To know:", "To delete:", "To correct:", "To opt out of sale and sharing:", "Not to be discriminated against:"])
      expect(rights).toContain(right);
    const none = part([shop], "california-rights");
    expect(none).not.toContain("To opt out");
    expect(none).toContain("We do not sell or share your personal information, so there is nothing to opt out of.");
  });

  it("§ 1798.130(a)(1)(A): gives the ways to make a request, the toll-free number first", () => {
    expect(part([shop], "california-requests")).toContain(
      "by telephone, free of charge: +1 800 555 0100 by e-mail: privacy@werkstatt.example with our online form: https://werkstatt.example/requests by post: Beispiel Werkstatt GmbH, Hauptstraße 1, 10115 Berlin, Germany",
    );
  });

  it("§ 1798.130(a)(2): says requests are verified and answered within 45 days, extended once by 45", () => {
    const requests = part([shop], "california-requests");
    expect(requests).toContain(
      "we must be able to verify, by commercially reasonable means, that it comes from you or from someone you have authorised",
    );
    expect(requests).toContain(
      "We answer within 45 days of receiving a request we can verify. Where we need longer, we may extend this once by a further 45 days",
    );
  });

  it("§ 1798.135(c)(2): links the opt-out page (or the single page for both choices) where data is sold or shared", () => {
    expect(part([pixel], "california-requests")).toContain(
      "use Do Not Sell or Share My Personal Information. Someone you have authorised can do so for you",
    );
    const choices = { california: { ...california, choicesUrl: "https://werkstatt.example/choices" } };
    expect(part([pixel], "california-requests", choices)).toContain(
      "or to limit the use of your sensitive personal information, use Do Not Sell or Share",
    );
    expect(part([shop], "california-requests")).not.toContain("Do Not Sell");
  });

  it("§ 1798.140(ak) and § 1798.135(e): says who may make a request for the consumer", () => {
    expect(part([shop], "california-requests")).toContain(
      "Someone else can make a request for you: a person or a business registered with the California Secretary of State whom you have authorised",
    );
    expect(part([pixel], "california-requests")).toContain(
      "Someone you have authorised can do so for you, by an opt-out preference signal too (Cal. Civ. Code § 1798.135(a), (e))",
    );
  });

  it("§ 1798.125(b): describes each financial incentive with its terms, and the opt-in it needs", () => {
    const loyalty = {
      name: { en: "Loyalty club", de: "Kundenclub" },
      terms: { en: "Members give us their purchase history and get 5% off.", de: "Mitglieder geben uns ihre Kaufhistorie und erhalten 5 % Rabatt." },
    };
    const incentives = part([shop], "california-incentives", { california: { ...california, financialIncentives: [loyalty] } });
    expect(incentives).toContain("Loyalty club: Members give us their purchase history and get 5% off.");
    expect(incentives).toContain(
      "only with your prior opt-in consent, which clearly describes its material terms, and you can withdraw that consent at any time",
    );
    expect(
      english([shop])
        .sections.flatMap((section) => section.sections)
        .some((section) => section.kind === "california-incentives"),
    ).toBe(false);
  });

  it("Cal. Code Regs. tit. 11, § 7025(c)(1): says how opt-out preference signals are treated", () => {
    expect(part([pixel], "california-requests")).toContain(
      "We treat an opt-out preference signal that your browser or device sends, such as Global Privacy Control",
    );
  });

  it("§ 1798.120(c): says whether data of consumers under 16 is sold or shared", () => {
    expect(part([pixel], "california-requests")).toContain("We do not sell or share the personal information of consumers we know to be under 16");
    expect(part([pixel], "california-requests", { california: { ...california, sellsUnder16: true } })).toContain(
      "only with their affirmative authorisation",
    );
  });

  it("says how the website answers Do Not Track signals, and where to ask questions", () => {
    const requests = part([shop], "california-requests");
    expect(requests).toContain("Our website does not respond to Do Not Track signals sent by browsers.");
    expect(requests).toContain("contact us as described under “Contact”");
  });

  it("points to the English version in a German document", () => {
    const german = compose(policyOf([shop], ccpa), { locale: "de" });
    const pointer = found(german, "california");
    expect(pointer.title).toBe("Informationen für Verbraucherinnen und Verbraucher in Kalifornien");
    expect(textOf(pointer)).toContain("im Abschnitt „Your California privacy rights“ der englischen Fassung");
    expect(pointer.sections).toEqual([]);
  });

  it("keeps the controller's own e-mail address as a way to make requests", () => {
    const own = part([shop], "california-requests", { rightsContact: { phone: "+1 800 555 0100" } });
    expect(own).toContain(`by e-mail: ${controller.email}`);
  });
});
