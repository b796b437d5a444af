import { describe, expect, it } from "vitest";
import { sectionById, textOf } from "../../test/fixtures/compose/helpers.js";
import { policyOf, shop } from "../../test/fixtures/compose/policies.js";
import type { ProcessorInput } from "../model/processor.js";
import type { ServiceInput } from "../model/service.js";
import { compose } from "./compose.js";

const videoProvider: ProcessorInput = {
  id: "videos",
  name: "VideoCo",
  role: "controller",
  entity: { name: "VideoCo Ltd", address: { street: "1 Harbour Road", postalCode: "D02 X285", city: "Dublin", country: "IE" } },
  description: { en: "VideoCo shows videos.", de: "VideoCo zeigt Videos." },
};

const videos: ServiceInput = {
  id: "videos",
  name: { en: "Embedded videos", de: "Eingebettete Videos" },
  processor: videoProvider,
  purposes: [{ purpose: "essential.service", legalBasis: "A6-1-a" }],
  data: ["user.device.ip_address"],
  subjects: ["visitor"],
  keptBy: "provider",
  deletion: { en: "Withdraw your consent in the consent settings.", de: "Widerrufen Sie Ihre Einwilligung in den Einwilligungseinstellungen." },
};

describe("a service whose data only its provider keeps (keptBy: provider)", () => {
  const policy = policyOf([shop, videos], { locales: ["en", "de"] });
  const en = compose(policy, { locale: "en" });
  const de = compose(policy, { locale: "de" });

  it("says in place of a retention that we do not keep the data, in the service and in the retention section", () => {
    const storage = textOf(sectionById(en, "service-videos--storage")!);
    expect(storage).toContain("We do not keep this data ourselves: the provider receives it directly and keeps it under its own responsibility.");
    expect(textOf(sectionById(en, "retention")!)).toContain("Embedded videos: We do not keep this data ourselves");
    expect(textOf(sectionById(de, "service-videos--storage")!)).toContain(
      "Diese Daten speichern wir nicht selbst: Der Anbieter erhält sie direkt und speichert sie in eigener Verantwortung.",
    );
  });

  it("lists it under no right over data we hold, and says whom to ask instead", () => {
    const rights = textOf(sectionById(en, "rights")!);
    expect(rights).toContain("Erasure (Art. 17 GDPR)");
    expect(rights).toContain("This right applies to: Online shop.");
    expect(rights).not.toMatch(/applies to: [^.]*Embedded videos/);
    expect(rights).toContain(
      "We keep no data of our own from Embedded videos: the provider receives it directly and keeps it under its own responsibility. For access to that data, or to have it corrected or erased, contact the provider, as its privacy policy describes.",
    );
    expect(textOf(sectionById(de, "rights")!)).toContain("Bei Eingebettete Videos speichern wir selbst keine Daten: Der Anbieter erhält sie direkt");
  });

  it("leaves the rights of consent with it: withdrawing consent still concerns the service", () => {
    expect(textOf(sectionById(en, "consent")!)).toContain("Embedded videos");
  });
});
