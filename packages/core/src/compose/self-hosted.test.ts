import { describe, expect, it } from "vitest";
import { sectionById, textOf } from "../../test/fixtures/compose/helpers.js";
import { policyOf, shop } from "../../test/fixtures/compose/policies.js";
import { ProcessorSchema, type ProcessorInput } from "../model/processor.js";
import type { ServiceInput } from "../model/service.js";
import { compose } from "./compose.js";

// Software a website hosts itself, made by a company outside the EU: the maker must appear nowhere as a recipient.
const statsTool: ProcessorInput = {
  id: "stats-tool",
  name: "StatsTool",
  selfHosted: true,
  role: "none",
  entity: { name: "Stats Makers Ltd", address: { street: "1 Quay Street", postalCode: "6011", city: "Wellington", country: "NZ" } },
  description: { en: "StatsTool counts visits.", de: "StatsTool zählt Besuche." },
  deviceAccess: [
    {
      name: "_st_id",
      purpose: { en: "Tells returning visitors apart.", de: "Unterscheidet wiederkehrende Besucher." },
      duration: "P13M",
      party: "first",
      ground: "consent",
    },
  ],
};

const statistics: ServiceInput = {
  id: "statistics",
  processor: statsTool,
  purposes: [{ purpose: "analytics.reporting", legalBasis: "A6-1-a" }],
  data: ["user.device.ip_address"],
  subjects: ["visitor"],
  retention: { duration: "P13M" },
};

describe("a service on software we host ourselves (selfHosted)", () => {
  const policy = policyOf([shop, statistics], { locales: ["en", "de"] });
  const en = compose(policy, { locale: "en" });
  const de = compose(policy, { locale: "de" });

  it("is processing in-house, named by its product: no provider, no transfer, sold or shared with no one", () => {
    const service = policy.services[1]!;
    expect(service.processor).toBeNull();
    expect(service.software?.id).toBe("stats-tool");
    expect(service.transfers).toEqual([]);
    expect(service.california).toBe("neither");
    expect(sectionById(en, "service-statistics--about")?.title).toBe("What is StatsTool?");
  });

  it("says that the data does not leave the website and that its maker receives none of it, in English and German", () => {
    const about = textOf(sectionById(en, "service-statistics--about")!);
    expect(about).toContain("StatsTool counts visits.");
    expect(about).toContain(
      "We host StatsTool ourselves, as part of our website. What it processes does not leave our website: its maker, Stats Makers Ltd, receives none of it.",
    );
    expect(about).not.toContain("Wellington");
    expect(textOf(sectionById(de, "service-statistics--about")!)).toContain(
      "StatsTool betreiben wir selbst, als Teil unserer Website. Was dabei verarbeitet wird, verlässt unsere Website nicht: Der Hersteller, die Stats Makers Ltd, erhält nichts davon.",
    );
  });

  it("names its maker nowhere as a recipient, and lists its cookie as set by us", () => {
    expect(textOf(sectionById(en, "recipients")!)).not.toContain("Stats Makers");
    expect(sectionById(en, "transfers")).toBeUndefined();
    const cookies = textOf(sectionById(en, "device-access")!);
    expect(cookies).toContain("_st_id");
    expect(cookies).not.toContain("Stats Makers");
  });

  it("leaves the maker out where its documents do not confirm which company it is", () => {
    const unsure = { ...statsTool, unconfirmed: [{ fact: "entity", note: "no document names the maker" }] };
    const document = compose(policyOf([{ ...statistics, processor: unsure }]), { locale: "en" });
    const about = textOf(sectionById(document, "service-statistics--about")!);
    expect(about).toContain("We host StatsTool ourselves, as part of our website. What it processes does not leave our website.");
    expect(about).not.toContain("Stats Makers");
  });
});

describe("the schema of self-hosted software", () => {
  const problems = (entry: ProcessorInput) => (ProcessorSchema.safeParse(entry).error?.issues ?? []).map((issue) => issue.path.join("."));

  it("takes role none together with selfHosted, and each only with the other", () => {
    expect(problems(statsTool)).toEqual([]);
    expect(problems({ ...statsTool, role: "processor" })).toEqual(["role"]);
    const { selfHosted: _, ...provider } = statsTool;
    expect(problems(provider)).toEqual(["role"]);
  });

  it("refuses anything that would send data elsewhere: transfers, a parent, a representative, roles, a DPA or domains", () => {
    const party = { name: "Other Ltd", address: { street: "2 Road", city: "Dublin", country: "IE" as const } };
    expect(problems({ ...statsTool, transfers: [{ country: "NZ", mechanism: "A45-3" }] })).toEqual(["selfHosted"]);
    expect(problems({ ...statsTool, parent: party })).toEqual(["selfHosted"]);
    expect(problems({ ...statsTool, euRepresentative: party })).toEqual(["selfHosted"]);
    expect(problems({ ...statsTool, urls: { dpa: "https://example.com/dpa" } })).toEqual(["selfHosted"]);
    expect(problems({ ...statsTool, domains: ["stats.example.com"] })).toEqual(["selfHosted"]);
  });
});
