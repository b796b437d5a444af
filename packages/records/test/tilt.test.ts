import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { catalog } from "@policy/catalog";
import { loadPolicy, type Policy } from "@policy/core";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { TiltGapsError, tiltGaps, toTilt } from "../src/index.js";

const exampleText = readFileSync(new URL("../../../apps/example/policy.yaml", import.meta.url), "utf8");
const load = (text: string): Policy => loadPolicy(text, { filename: "policy.yaml", catalog });
const url = "https://lindenberg-ohm.example/privacy";

/** TILT's own schema, as its repository publishes it (see fixtures/tilt/SOURCE.md). */
function tiltValidator() {
  const schema = JSON.parse(readFileSync(new URL("fixtures/tilt/tilt-schema.json", import.meta.url), "utf8")) as object;
  // The schema's date pattern escapes ":" ("24\:?00"), which a Unicode regular expression refuses.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

// biome-ignore lint/suspicious/noExplicitAny: the export is plain JSON; its shape is what the schema test checks, these tests read its values.
type Json = Record<string, any>;

describe("toTilt", () => {
  it("gives, for the example in each language, a document that TILT's schema accepts", () => {
    const validate = tiltValidator();
    for (const locale of ["en", "de"] as const) {
      const document = toTilt(load(exampleText), { locale, url });
      expect(validate(document), JSON.stringify(validate.errors, null, 2)).toBe(true);
    }
  });

  it("the example's committed TILT files (apps/example/out) are ones TILT's schema accepts", () => {
    const validate = tiltValidator();
    for (const locale of ["en", "de"]) {
      const golden = JSON.parse(readFileSync(new URL(`../../../apps/example/out/policy.tilt.${locale}.json`, import.meta.url), "utf8")) as unknown;
      expect(validate(golden), JSON.stringify(validate.errors, null, 2)).toBe(true);
    }
  });

  it("is checked by a validator that refuses a document without what TILT requires", () => {
    const validate = tiltValidator();
    const { dataProtectionOfficer: _, ...withoutDpo } = toTilt(load(exampleText), { locale: "en", url });
    expect(validate(withoutDpo)).toBe(false);
    expect(validate.errors?.map((error) => error.params)).toContainEqual({ missingProperty: "dataProtectionOfficer" });
  });

  it("names the controller, the person who represents it and its data protection officer", () => {
    const document = toTilt(load(exampleText), { locale: "de", url }) as Json;
    expect(document.controller).toEqual({
      name: "Lindenberg & Ohm Beratung GmbH",
      address: "Oranienstraße 183, 10999 Berlin, Deutschland",
      country: "DE",
      representative: { name: "Clara Lindenberg", email: "c.lindenberg@lindenberg-ohm.example" },
    });
    expect(document.dataProtectionOfficer).toEqual({
      name: "Jonas Petersen",
      address: "Skalitzer Straße 85, 10997 Berlin, Deutschland",
      country: "DE",
      email: "dsb@lindenberg-ohm.example",
    });
    expect(document.meta).toMatchObject({ name: "Lindenberg & Ohm Beratung GmbH", language: "de", url, version: 1, created: "2026-12-01" });
  });

  it("describes each kind of data of each service: purposes, legal bases, interests, recipients, storage and whether it must be given", () => {
    const document = toTilt(load(exampleText), { locale: "en", url }) as Json;
    const entries = document.dataDisclosed as Json[];
    const email = entries.find((entry) => entry._id === "video-meetings/user.contact.email")!;
    expect(email.category).toBe("E-mail address");
    expect(email.purposes.map((purpose: Json) => purpose.purpose)).toEqual(["Providing the service", "Business operations"]);
    expect(email.legalBases).toEqual([
      { reference: "GDPR-6-1-b", description: "Art. 6(1)(b) GDPR (contract or steps before entering into a contract)" },
      { reference: "GDPR-6-1-f", description: "Art. 6(1)(f) GDPR (legitimate interests)" },
    ]);
    expect(email.legitimateInterests).toEqual([{ exists: true, reasoning: "Talking to people efficiently without travelling to meet them." }]);
    expect(email.recipients).toEqual([
      {
        name: "Zoom Communications, Inc.",
        address: "55 Almaden Blvd, Suite 600, San Jose, CA 95113, United States",
        country: "US",
        category: "Processor, on our behalf",
      },
    ]);
    expect(email.storage).toEqual([
      {
        temporal: [
          {
            description:
              "We keep the data for 30 days. Chat logs and uploaded files are deleted 30 days after the meeting; we do not record meetings.",
            ttl: "P30D",
          },
        ],
        aggregationFunction: "max",
      },
    ]);
    expect(email.nonDisclosure).toEqual({
      legalRequirement: false,
      contractualRegulation: false,
      obligationToProvide: false,
      consequences:
        "No, providing it is voluntary. Without a name or e-mail address you can join as a guest; without video or audio the meeting is limited to chat.",
    });
    // A period that ends with an event is a condition, not a time to live.
    const newsletter = entries.find((entry) => entry._id === "newsletter/user.contact.email")!;
    expect(newsletter.storage).toEqual([
      { temporal: [], purposeConditional: ["We keep the data until you unsubscribe."], aggregationFunction: "max" },
    ]);
    // In-house processing has no recipient.
    expect(entries.find((entry) => entry._id === "contact-form/user.name")?.recipients).toEqual([]);
    // One entry per kind of data and service.
    expect(new Set(entries.map((entry) => entry._id)).size).toBe(entries.length);
  });

  it("lists each third country once, with its safeguards by kind", () => {
    const document = toTilt(load(exampleText), { locale: "en", url }) as Json;
    const us = (document.thirdCountryTransfers as Json[]).find((transfer) => transfer.country === "US");
    expect(us).toEqual({
      country: "US",
      adequacyDecision: {
        available: true,
        description: "EU-US Data Privacy Framework (Art. 45(3) GDPR in conjunction with Commission Implementing Decision (EU) 2023/1795)",
      },
      standardDataProtectionClause: {
        available: true,
        description: "Standard contractual clauses adopted by the European Commission (Art. 46(2)(c) GDPR)",
      },
    });
    const countries = (document.thirdCountryTransfers as Json[]).map((transfer) => transfer.country);
    expect(new Set(countries).size).toBe(countries.length);
  });

  it("gives the rights as the text explains them, and the authority for complaints", () => {
    const document = toTilt(load(exampleText), { locale: "de", url }) as Json;
    expect(document.rightToInformation.available).toBe(true);
    expect(document.rightToInformation.description).toMatch(/^Auskunft \(Art\. 15 DSGVO\): /);
    expect(document.rightToInformation.email).toBe("datenschutz@lindenberg-ohm.example");
    expect(document.rightToWithdrawConsent.description).toMatch(/widerrufen/);
    expect(document.rightToComplain).toMatchObject({
      available: true,
      supervisoryAuthority: {
        name: "Berliner Beauftragte für Datenschutz und Informationsfreiheit",
        address: "Alt-Moabit 59-61, 10555 Berlin, Deutschland",
        country: "DE",
        email: "mailbox@datenschutz-berlin.de",
      },
    });
    // Complaints go to the authority: the controller's address is not offered for them.
    expect(document.rightToComplain.email).toBeUndefined();
    expect(document.automatedDecisionMaking).toMatchObject({ inUse: false });
  });

  it("says a right is not given where no legal basis of the policy gives it", () => {
    const contractOnly = exampleText.replace(/legalBasis: A6-1-a/g, "legalBasis: A6-1-b");
    const document = toTilt(load(contractOnly), { locale: "en", url }) as Json;
    expect(document.rightToWithdrawConsent).toEqual({
      available: false,
      description: "The legal bases of the processing described do not give this right.",
    });
  });

  it("is the same bytes in every run, its id made from the policy's address and its hash from the rest of the document", () => {
    const first = JSON.stringify(toTilt(load(exampleText), { locale: "en", url }));
    expect(JSON.stringify(toTilt(load(exampleText), { locale: "en", url }))).toBe(first);
    const document = JSON.parse(first) as Json;
    expect(document.meta._id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect((toTilt(load(exampleText), { locale: "en", url: "https://other.example/privacy" }) as Json).meta._id).not.toBe(document.meta._id);
    const hash = document.meta._hash;
    document.meta._hash = "";
    expect(createHash("sha256").update(JSON.stringify(document)).digest("hex")).toBe(hash);
  });
});

describe("tiltGaps", () => {
  it("names, with its place in the policy, each fact TILT requires and the policy lacks, and toTilt refuses such a policy", () => {
    const lacking = exampleText
      .replace(/legalRepresentative:\n( {2}.*\n)+/, "")
      .replace(/ {2}address:\n {4}street: Skalitzer Straße 85\n( {4}.*\n)+/, "")
      .replace(/ {4}provision:\n {6}requirement: voluntary\n {6}consequences:\n {8}en: Without the technical data(.*\n)+?(?= {4}retention:)/, "");
    const policy = load(lacking);
    expect(tiltGaps(policy).map((gap) => gap.path)).toEqual([["legalRepresentative"], ["dpo", "address"], ["services", 1, "provision"]]);
    expect(() => toTilt(policy, { locale: "en", url })).toThrow(TiltGapsError);
    expect(tiltGaps(load(exampleText))).toEqual([]);
  });

  it("asks for the transfers of a service whose provider's documents do not say where the data goes, as TILT would list none", () => {
    const doubtful = { ...catalog.hetzner, unconfirmed: [...catalog.hetzner.unconfirmed, { fact: "transfers", note: "not read" }] };
    const policy = loadPolicy(exampleText, { filename: "policy.yaml", catalog: { ...catalog, hetzner: doubtful } });
    const hosting = policy.services.findIndex((service) => service.id === "website-hosting");
    expect(tiltGaps(policy).map((gap) => gap.path)).toEqual([["services", hosting, "transfers"]]);
  });

  it("asks for a data protection officer where the policy names none, as TILT cannot say there is none", () => {
    const noDpo = exampleText.replace(/dpo:\n( {2}.*\n)+/, "");
    expect(tiltGaps(load(noDpo)).find((gap) => gap.path[0] === "dpo")?.message).toMatch(/cannot say that there is none/);
  });
});
