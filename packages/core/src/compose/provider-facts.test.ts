import { describe, expect, it } from "vitest";
import { sectionById, textOf } from "../../test/fixtures/compose/helpers.js";
import { policyOf, usProvider } from "../../test/fixtures/compose/policies.js";
import type { ProcessorInput } from "../model/processor.js";
import type { ServiceInput } from "../model/service.js";
import type { Locale } from "../taxonomy/index.js";
import { compose } from "./compose.js";

/** A payment provider that processes payments for the shop but checks for fraud on its own account. */
const payments = {
  ...usProvider,
  id: "payco",
  name: "PayCo",
  entity: { name: "PayCo Europe Ltd", address: { street: "1 Dock Road", postalCode: "D02 X285", city: "Dublin", country: "IE" } },
  parent: { name: "PayCo, Inc.", address: { street: "2 Bay Street", postalCode: "94105", city: "San Francisco", region: "CA", country: "US" } },
  role: "processor",
  roles: [
    { role: "processor", scope: { en: "processing your payment", de: "die Abwicklung Ihrer Zahlung" } },
    { role: "controller", scope: { en: "detecting fraud", de: "die Betrugserkennung" } },
  ],
  transfers: [
    { country: "US", recipient: "PayCo, Inc.", mechanism: "EU-US-DPF" },
    { country: "SG", recipient: "PayCo's support team", mechanism: "A46-2-c" },
  ],
  deviceAccess: [
    {
      name: "payco_id",
      domain: "pay.example",
      purpose: { en: "Spots fraud.", de: "Erkennt Betrug." },
      duration: "P1Y",
      party: "third",
      ground: "strictly-necessary",
    },
  ],
  retention: { duration: "P5Y" },
} as const satisfies ProcessorInput;

const checkout = (processor: ProcessorInput, extra: Partial<ServiceInput> = {}): ServiceInput => ({
  id: "checkout",
  name: { en: "Checkout", de: "Kasse" },
  processor,
  purposes: [{ purpose: "essential.service.payment_processing", legalBasis: "A6-1-b" }],
  data: ["user.name"],
  subjects: ["customer"],
  ...extra,
});

const section = (processor: ProcessorInput, id: string, locale: Locale = "en", extra: Partial<ServiceInput> = {}) =>
  textOf(sectionById(compose(policyOf([checkout(processor, extra)]), { locale }), id)!);

describe("a provider in more than one role", () => {
  it("says what each role covers, in both languages", () => {
    expect(section(payments, "service-checkout--about")).toContain(
      [
        "PayCo Europe Ltd acts in more than one role:",
        "For processing your payment, PayCo Europe Ltd is our processor and acts only on our behalf and on our instructions (Art. 28 GDPR).",
        "For detecting fraud, PayCo Europe Ltd is a controller in its own right: it decides for itself what it does with the data and is responsible for that.",
      ].join("\n"),
    );
    expect(section(payments, "service-checkout--about", "de")).toContain(
      "PayCo Europe Ltd ist eigenständig verantwortlich und entscheidet selbst, was mit den Daten geschieht, und zwar für die Betrugserkennung.",
    );
  });

  it("lists the provider once among the recipients, with each role", () => {
    expect(section(payments, "recipients")).toContain(
      "PayCo Europe Ltd, 1 Dock Road, Dublin, D02 X285, Ireland. Processor for: Checkout. Independent controller for: Checkout.",
    );
  });

  it("gives a joint controller's arrangement and where to exercise rights", () => {
    const pixel = {
      ...payments,
      role: "joint-controller",
      roles: [
        {
          role: "joint-controller",
          scope: { en: "collecting the data on our website", de: "die Erhebung der Daten auf unserer Website" },
          arrangement: { en: "PayCo answers requests about its part.", de: "PayCo beantwortet Anfragen zu seinem Teil." },
          arrangementUrl: "https://pay.example/addendum",
        },
      ],
    } as const satisfies ProcessorInput;
    expect(section(pixel, "service-checkout--about")).toContain(
      "For collecting the data on our website, we and PayCo Europe Ltd are joint controllers (Art. 26 GDPR). What we have agreed on: PayCo answers requests about its part. The arrangement: https://pay.example/addendum\nYou can exercise your rights with us or with PayCo Europe Ltd.",
    );
  });
});

describe("a provider's representative in the EU", () => {
  it("is given with its address", () => {
    const representative = { name: "Rep Services GmbH", address: { street: "Weg 2", postalCode: "10115", city: "Berlin", country: "DE" } } as const;
    expect(section({ ...usProvider, euRepresentative: representative, retention: { duration: "P1Y" } }, "service-checkout--about")).toContain(
      "The provider’s representative in the EU (Art. 27 GDPR) is:\nRep Services GmbH\nWeg 2\n10115 Berlin\nGermany",
    );
  });
});

describe("a fact the provider's documents do not confirm", () => {
  const doubtful = (...facts: string[]) => ({ ...payments, unconfirmed: facts.map((fact) => ({ fact, note: "not found" })) }) as ProcessorInput;

  it("is stated as certain when confirmed", () => {
    const text = section(payments, "transfers");
    expect(text).toContain("These recipients are certified:\nUnited States – Checkout (recipient: PayCo, Inc.)");
    expect(section(payments, "device-access")).toContain("payco_id (pay.example)");
  });

  it("names a transfer whose ground is unconfirmed, without the ground", () => {
    const text = section(doubtful("transfers[0].mechanism"), "transfers");
    expect(text).toContain(
      "Transfers the providers’ documents do not confirm\nFor these transfers, the provider’s documents do not clearly confirm the transfer or the ground it rests on. Ask us",
    );
    expect(text).toContain("United States – Checkout (recipient: PayCo, Inc.): the provider’s documents do not confirm the ground");
    expect(text).not.toContain("certified");
    expect(text).toContain("Singapore – Checkout"); // the other transfer is untouched
    expect(section(doubtful("transfers[1]"), "transfers", "de")).toContain(
      "Singapur – Kasse (Empfänger: PayCo's support team): von den Unterlagen des Anbieters nicht bestätigt",
    );
    expect(section(doubtful("transfers[0].mechanism"), "service-checkout--storage")).toContain(
      "United States (recipient: PayCo, Inc.): the provider’s documents do not confirm the ground",
    );
  });

  it("asserts nothing of a service's own transfers, which replace the provider's", () => {
    const own = section(doubtful("transfers[0]"), "transfers", "en", {
      transfers: [{ country: "US", recipient: "PayCo, Inc.", mechanism: "EU-US-DPF" }],
    });
    expect(own).toContain("These recipients are certified:\nUnited States – Checkout (recipient: PayCo, Inc.)");
  });

  it("states no role the provider's documents do not confirm, but still lists the provider as a recipient", () => {
    expect(section({ ...usProvider, retention: { duration: "P1Y" } }, "service-checkout--about")).toContain(
      "CloudNotes Inc. processes the data as our processor",
    );
    const unsure = { ...usProvider, retention: { duration: "P1Y" }, unconfirmed: [{ fact: "role", note: "not stated" }] } as ProcessorInput;
    expect(section(unsure, "service-checkout--about")).not.toContain("processor");
    expect(section(unsure, "recipients")).toContain("CloudNotes Inc., 1 Market Street, San Francisco, CA 94105, United States. Data from: Checkout.");
    const noRole = doubtful("roles[0]", "roles[1]");
    expect(section(noRole, "recipients")).toContain("PayCo Europe Ltd, 1 Dock Road, Dublin, D02 X285, Ireland. Data from: Checkout.");
  });

  it("says so where the documents do not confirm which company the provider is, and gives no address for it", () => {
    const text = section(doubtful("entity"), "service-checkout--about");
    expect(text).toContain(
      "The provider’s documents do not clearly say which of its companies we contract with. As far as we can tell, it is:\nPayCo Europe Ltd\nIreland",
    );
    expect(text).not.toContain("1 Dock Road");
    expect(section(doubtful("entity"), "service-checkout--about", "de")).toContain("Nach unserem Kenntnisstand ist es:\nPayCo Europe Ltd\nIrland");
    expect(section(payments, "service-checkout--about")).toContain("The provider is:\nPayCo Europe Ltd\n1 Dock Road");
  });

  it("leaves out an unconfirmed parent, representative, role or postal address", () => {
    const text = section(doubtful("parent", "roles[1]", "entity.address"), "service-checkout--about");
    expect(text).not.toContain("PayCo, Inc.");
    expect(text).not.toContain("fraud");
    expect(text).not.toContain("1 Dock Road");
    expect(text).toContain("PayCo Europe Ltd\nIreland");
    expect(text).toContain("For processing your payment, PayCo Europe Ltd is our processor");
  });

  it("gives no cookie lifetime, party or domain the provider does not confirm", () => {
    const text = section(doubtful("deviceAccess[0].duration", "deviceAccess[0].domain", "deviceAccess[0].party"), "device-access");
    expect(text).toContain("payco_id");
    expect(text).not.toContain("pay.example");
    expect(text).not.toContain("1 year");
    expect(text).toContain("Cookie (not confirmed by the provider)");
  });

  it("does not take an unconfirmed retention period as ours", () => {
    expect(section(payments, "retention")).toContain("5 years");
    expect(section(doubtful("retention"), "retention")).not.toContain("5 years");
  });
});
