import { describe, expect, it } from "vitest";
import { controller, notes, policyOf, shop, usProvider } from "../../test/fixtures/compose/policies.js";
import type { PolicyInput } from "../model/policy.js";
import type { ServiceInput } from "../model/service.js";
import { ProcessorSchema } from "../model/processor.js";
import { parsePolicy } from "../validate/parse-policy.js";
import { changeRules } from "./change-rules.js";
import { diff } from "./diff.js";

/** The changes between two versions, as "rule path class" lines: what a reader of the notice is told, and how urgently. */
function changes(
  before: readonly ServiceInput[],
  after: readonly ServiceInput[],
  extra: { before?: Partial<PolicyInput>; after?: Partial<PolicyInput> } = {},
) {
  return diff(policyOf(before, extra.before), policyOf(after, extra.after)).map((change) => `${change.rule} ${change.path} ${change.class}`);
}

const withNotes = (change: Partial<ServiceInput>): ServiceInput => ({ ...notes, ...change });
const cookie = {
  name: "session",
  technology: "cookie",
  party: "first",
  purpose: { en: "Keeps you signed in.", de: "Hält Sie angemeldet." },
  duration: "session",
  ground: "strictly-necessary",
} as const;

describe("diff", () => {
  it("finds nothing between a policy and itself, nor in services listed in another order", () => {
    expect(changes([shop, notes], [shop, notes])).toEqual([]);
    expect(changes([shop, notes], [notes, shop])).toEqual([]);
  });

  it("a new service is material; a service that ends is notable", () => {
    expect(changes([shop], [shop, notes])).toEqual(["service-added services[notes] material"]);
    expect(changes([shop, notes], [shop])).toEqual(["service-removed services[notes] notable"]);
  });

  it("a new purpose (Art. 13(3)) and a changed legal basis are material; a purpose that ends is notable; its words alone are editorial", () => {
    const marketing = { purpose: "marketing.communications.email", legalBasis: "A6-1-a" } as const;
    expect(changes([notes], [withNotes({ purposes: [...(notes.purposes ?? []), marketing] })])).toEqual([
      "purpose-added services[notes].purposes[marketing.communications.email] material",
    ]);
    expect(changes([withNotes({ purposes: [...(notes.purposes ?? []), marketing] })], [notes])).toEqual([
      "purpose-removed services[notes].purposes[marketing.communications.email] notable",
    ]);
    expect(
      changes(
        [notes],
        [withNotes({ purposes: [{ purpose: "essential.service", legalBasis: "A6-1-f", legitimateInterest: { en: "Notes.", de: "Notizen." } }] })],
      ),
    ).toEqual([
      "legal-basis-changed services[notes].purposes[essential.service].legalBasis material",
      "wording services[notes].purposes[essential.service] editorial",
    ]);
    expect(changes([notes], [withNotes({ name: { en: "Our notes", de: "Unsere Notizen" } })])).toEqual(["wording services[notes].name editorial"]);
  });

  it("new data is material; data no longer processed is notable", () => {
    expect(changes([notes], [withNotes({ data: ["user.name", "user.contact.email"] })])).toEqual([
      "data-category-added services[notes].data[user.contact.email] material",
    ]);
    expect(changes([withNotes({ data: ["user.name", "user.contact.email"] })], [notes])).toEqual([
      "data-category-removed services[notes].data[user.contact.email] notable",
    ]);
  });

  it("a new recipient and another provider are material", () => {
    const adviser = { name: { en: "Our tax adviser", de: "Unsere Steuerberatung" }, country: "DE" } as const;
    expect(changes([notes], [withNotes({ recipients: [adviser] })])).toEqual([
      'recipient-added services[notes].recipients[{"en":"Our tax adviser","de":"Unsere Steuerberatung"}] material',
    ]);
    const other = { ...usProvider, entity: { ...usProvider.entity, name: "NotesCloud LLC" } };
    expect(changes([notes], [withNotes({ processor: other })])).toEqual(["provider-changed services[notes].processor material"]);
  });

  it("a new country is material; a weaker ground is material, another as strong or stronger notable; a country no longer served notable", () => {
    expect(
      changes(
        [notes],
        [
          withNotes({
            transfers: [
              { country: "US", mechanism: "A46-2-c" },
              { country: "IN", mechanism: "A46-2-c" },
            ],
          }),
        ],
      ),
    ).toEqual(["transfer-added services[notes].transfers[IN] material"]);
    const dpf = withNotes({ transfers: [{ country: "US", mechanism: "EU-US-DPF" }] });
    expect(changes([dpf], [notes])).toEqual(["transfer-weaker services[notes].transfers[US].mechanism material"]);
    expect(changes([notes], [dpf])).toEqual(["transfer-ground-changed services[notes].transfers[US].mechanism notable"]);
    const consent = withNotes({ transfers: [{ country: "US", mechanism: "A49-1-a" }] });
    expect(changes([notes], [consent])).toEqual(["transfer-weaker services[notes].transfers[US].mechanism material"]);
    expect(changes([notes], [withNotes({ transfers: [] })])).toEqual(["transfer-removed services[notes].transfers[US] notable"]);
  });

  it("a longer storage period is material; a shorter one, or other words, notable", () => {
    expect(changes([notes], [withNotes({ retention: { duration: "P1Y" } })])).toEqual(["retention-longer services[notes].retention material"]);
    expect(changes([notes], [withNotes({ retention: { duration: "P30D", until: { en: "the contract ends", de: "der Vertrag endet" } } })])).toEqual([
      "retention-longer services[notes].retention material",
    ]);
    expect(changes([withNotes({ retention: { duration: "P1Y" } })], [notes])).toEqual(["retention-changed services[notes].retention notable"]);
    expect(changes([notes], [withNotes({ retention: { criteria: { en: "Until you delete it.", de: "Bis Sie sie löschen." } } })])).toEqual([
      "retention-changed services[notes].retention notable",
    ]);
  });

  it("another controller and another way to exercise rights are material; new contact details of the controller or the DPO notable", () => {
    const renamed = { controller: { ...controller, name: "Beispiel Werkstatt AG" } };
    expect(changes([shop], [shop], { after: renamed })).toEqual(["controller-changed controller material"]);
    expect(changes([shop], [shop], { after: { controller: { ...controller, email: "office@werkstatt.example" } } })).toEqual([
      "controller-contact-changed controller notable",
    ]);
    expect(changes([shop], [shop], { after: { rightsContact: { url: "https://werkstatt.example/requests" } } })).toEqual([
      "rights-contact-changed rightsContact material",
    ]);
    const dpo = { name: "Dana Schutz", email: "dpo@werkstatt.example" };
    expect(changes([shop], [shop], { after: { dpo } })).toEqual(["dpo-changed dpo notable"]);
  });

  it("a new cookie is notable, with the service it belongs to", () => {
    const [change] = diff(policyOf([notes]), policyOf([withNotes({ deviceAccess: [cookie] })]));
    expect(change).toMatchObject({
      kind: "added",
      subject: "cookie",
      service: "notes",
      path: "services[notes].deviceAccess[session]",
      class: "notable",
      after: cookie,
    });
  });

  it("a cookie no longer stored, or stored differently, and a recipient no longer served are notable; so is another representative", () => {
    const withCookie = withNotes({ deviceAccess: [cookie] });
    expect(changes([withCookie], [notes])).toEqual(["cookie-removed services[notes].deviceAccess[session] notable"]);
    expect(changes([withCookie], [withNotes({ deviceAccess: [{ ...cookie, duration: "P1D" }] })])).toEqual([
      "cookie-changed services[notes].deviceAccess[session] notable",
    ]);
    // The policy's own cookies, outside any service.
    expect(changes([notes], [notes], { after: { deviceAccess: [cookie] } })).toEqual(["cookie-added deviceAccess[session] notable"]);
    const adviser = { name: { en: "Our tax adviser", de: "Unsere Steuerberatung" }, country: "DE" } as const;
    expect(changes([withNotes({ recipients: [adviser] })], [notes])).toEqual([
      'recipient-removed services[notes].recipients[{"en":"Our tax adviser","de":"Unsere Steuerberatung"}] notable',
    ]);
    const representative = { name: "EU Rep GmbH", address: { street: "Hauptstraße 2", postalCode: "10115", city: "Berlin", country: "DE" } } as const;
    expect(changes([shop], [shop], { after: { representative } })).toEqual(["representative-changed representative notable"]);
  });

  it("shows a catalog update as a change of the policy: the same file, resolved with another catalog", () => {
    const input = { meta: { version: "1", effective: "2026-01-01" }, controller, services: [{ ...notes, processor: "cloud-notes" }] } as PolicyInput;
    const old = { "cloud-notes": ProcessorSchema.parse({ ...usProvider, retention: { duration: "P30D" } }) };
    const updated = {
      "cloud-notes": ProcessorSchema.parse({
        ...usProvider,
        entity: { ...usProvider.entity, name: "CloudNotes LLC" },
        transfers: [{ country: "US", mechanism: "A49-1-a" }],
      }),
    };
    const found = diff(parsePolicy(input, { catalog: old }), parsePolicy(input, { catalog: updated })).map(
      (change) => `${change.rule} ${change.class}`,
    );
    expect(found).toEqual(["provider-changed material", "transfer-weaker material"]);
  });

  it("says for each change its kind, subject, service, path, before and after", () => {
    const [change] = diff(policyOf([notes]), policyOf([withNotes({ retention: { duration: "P1Y" } })]));
    expect(change).toEqual({
      kind: "changed",
      subject: "retention",
      service: "notes",
      path: "services[notes].retention",
      before: { duration: "P30D" },
      after: { duration: "P1Y" },
      class: "material",
      rule: "retention-longer",
    });
  });
});

describe("changeRules", () => {
  it("class each kind of change as reviewed, each with the duty it follows from", () => {
    const table = Object.fromEntries(Object.entries(changeRules).map(([id, rule]) => [id, `${rule.class}: ${rule.source}`]));
    expect(table).toEqual({
      "service-added": "material: Art. 13(1)(c) and (e) GDPR; WP260 rev.01, paras. 29 and 30",
      "service-removed": "notable: Art. 12(1) GDPR",
      "purpose-added": "material: Art. 13(3) and Art. 14(4) GDPR; WP260 rev.01, para. 29",
      "purpose-removed": "notable: Art. 12(1) GDPR",
      "legal-basis-changed": "material: Art. 13(1)(c) GDPR; WP260 rev.01, para. 30",
      "data-category-added": "material: Art. 14(1)(d) GDPR; WP260 rev.01, para. 30",
      "data-category-removed": "notable: Art. 12(1) GDPR",
      "provider-changed": "material: Art. 13(1)(e) GDPR; WP260 rev.01, para. 30",
      "recipient-added": "material: Art. 13(1)(e) GDPR; WP260 rev.01, para. 30",
      "recipient-removed": "notable: Art. 12(1) GDPR",
      "transfer-added": "material: Art. 13(1)(f) GDPR; WP260 rev.01, para. 30",
      "transfer-removed": "notable: Art. 12(1) GDPR",
      "transfer-weaker": "material: Art. 46(1) and Art. 49(1) GDPR",
      "transfer-ground-changed": "notable: Art. 13(1)(f) GDPR",
      "retention-longer": "material: Art. 13(2)(a) GDPR; WP260 rev.01, para. 30",
      "retention-changed": "notable: Art. 13(2)(a) GDPR",
      "controller-changed": "material: Art. 13(1)(a) GDPR; WP260 rev.01, para. 29",
      "controller-contact-changed": "notable: Art. 13(1)(a) GDPR",
      "rights-contact-changed": "material: Art. 13(2)(b) GDPR; WP260 rev.01, para. 29",
      "dpo-changed": "notable: Art. 13(1)(b) GDPR",
      "representative-changed": "notable: Art. 13(1)(a) GDPR",
      "cookie-added": "notable: Art. 5(3) Directive 2002/58/EC",
      "cookie-removed": "notable: Art. 5(3) Directive 2002/58/EC",
      "cookie-changed": "notable: Art. 5(3) Directive 2002/58/EC",
      wording: "editorial: WP260 rev.01, para. 29",
    });
  });
});
