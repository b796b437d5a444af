import { getAdequacy, isEeaMember, type Address, type CountryCode, type Party, type Processor } from "@policy/core";
import { describe, expect, it } from "vitest";
import { entries } from "./entries.js";

/*
 * Checks across facts and across entries (issue 15): facts that must agree with each other, so
 * that one wrong fact shows as a contradiction. Each check returns its problems as
 * "<entry>: <what is wrong>", so a failure names every entry to fix; the tests at the end try
 * each check on small hand-made entries, so a check that stops finding anything fails too.
 */

const today = new Date().toISOString().slice(0, 10);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (date: string) => isoDate.test(date) && new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;

/** A company's legal name as a key: case, commas, full stops and spacing ignored ("Stripe, Inc." = "Stripe Inc."). */
const companyKey = (name: string) => name.toLowerCase().replace(/[.,]/g, "").replace(/\s+/g, " ").trim();

const formatAddress = (address: Address) =>
  [address.street, [address.postalCode, address.city].filter(Boolean).join(" "), address.region, address.country].filter(Boolean).join(", ");

/** Where a company appears in the catalog, and what that place says about it. */
interface Appearance {
  readonly where: string;
  readonly name: string;
  readonly party?: Party;
  /** For an EU-US-DPF transfer to the company: its certification as one comparable line. */
  readonly dpf?: string;
}

const partiesOf = (entry: Processor): [string, Party][] =>
  (
    [
      ["entity", entry.entity],
      ["parent", entry.parent],
      ["euRepresentative", entry.euRepresentative],
    ] as const
  ).flatMap(([role, party]) => (party === undefined ? [] : [[role, party] as [string, Party]]));

function appearancesOf(list: readonly Processor[]): Map<string, Appearance[]> {
  const companies = new Map<string, Appearance[]>();
  const add = (appearance: Appearance) => {
    const key = companyKey(appearance.name);
    companies.set(key, [...(companies.get(key) ?? []), appearance]);
  };
  for (const entry of list) {
    for (const [role, party] of partiesOf(entry)) add({ where: `${entry.id} ${role}`, name: party.name, party });
    entry.transfers.forEach((transfer, index) => {
      // A group of recipients in words ({ en, de }) is no company whose facts could disagree.
      if (typeof transfer.recipient !== "string") return;
      const certification = transfer.certification;
      const dpf =
        transfer.mechanism !== "EU-US-DPF"
          ? undefined
          : certification === undefined
            ? "no certification"
            : `${[...certification.frameworks].sort().join(" + ")} at ${certification.source}`;
      add({ where: `${entry.id} transfers[${index}]`, name: transfer.recipient, ...(dpf === undefined ? {} : { dpf }) });
    });
  }
  return companies;
}

/** "value (where, where); value (where)" for the values that differ. */
function differing(appearances: readonly Appearance[], pick: (appearance: Appearance) => string | undefined): string | undefined {
  const byValue = new Map<string, string[]>();
  for (const appearance of appearances) {
    const value = pick(appearance);
    if (value !== undefined) byValue.set(value, [...(byValue.get(value) ?? []), appearance.where]);
  }
  if (byValue.size < 2) return undefined;
  return [...byValue].map(([value, where]) => `${value} (${where.join(", ")})`).join(" vs ");
}

/** The same company has one spelling, address, e-mail and DPF certification wherever it appears. */
function sameCompanyEverywhere(list: readonly Processor[]): string[] {
  const problems: string[] = [];
  for (const appearances of appearancesOf(list).values()) {
    const name = appearances[0]!.name;
    const parties = appearances.filter((appearance) => appearance.party !== undefined);
    const checks: [string, string | undefined][] = [
      ["spelled", differing(appearances, (appearance) => appearance.name)],
      ["address", differing(parties, (appearance) => formatAddress(appearance.party!.address))],
      ["e-mail", differing(parties, (appearance) => appearance.party!.email ?? "no e-mail")],
      ["DPF certification", differing(appearances, (appearance) => appearance.dpf)],
    ];
    for (const [what, difference] of checks) if (difference !== undefined) problems.push(`${name}: ${what} differs: ${difference}`);
  }
  return problems;
}

/** An entity, parent or named recipient with an address outside the EEA comes with a transfer to that country. */
function transferToEveryCountryOutsideTheEea(list: readonly Processor[]): string[] {
  const countries = new Map<string, Set<CountryCode>>();
  for (const entry of list) {
    for (const [, party] of partiesOf(entry)) {
      const key = companyKey(party.name);
      countries.set(key, (countries.get(key) ?? new Set()).add(party.address.country));
    }
  }
  const problems: string[] = [];
  for (const entry of list) {
    const transferred = new Set(entry.transfers.map((transfer) => transfer.country));
    const located: [string, string, CountryCode][] = [
      ...partiesOf(entry)
        // The EU representative receives no data; nor does the maker of self-hosted software.
        .filter(([role]) => role !== "euRepresentative" && !(role === "entity" && entry.selfHosted === true))
        .map(([role, party]): [string, string, CountryCode] => [role, party.name, party.address.country]),
      ...entry.transfers.flatMap((transfer, index) =>
        typeof transfer.recipient !== "string"
          ? []
          : [...(countries.get(companyKey(transfer.recipient)) ?? [])].map((country): [string, string, CountryCode] => [
              `transfers[${index}].recipient`,
              transfer.recipient as string,
              country,
            ]),
      ),
    ];
    for (const [role, name, country] of located) {
      if (!isEeaMember(country) && !transferred.has(country))
        problems.push(`${entry.id}: ${role} ${name} is in ${country}, but no transfer goes to ${country}`);
    }
  }
  return problems;
}

/** Every transfer names who receives the data, once per country and recipient. */
function recipientsNamed(list: readonly Processor[]): string[] {
  const problems: string[] = [];
  for (const entry of list) {
    const seen = new Set<string>();
    entry.transfers.forEach((transfer, index) => {
      const name = typeof transfer.recipient === "object" ? transfer.recipient.en : transfer.recipient;
      if (name === undefined || name.trim() === "") {
        problems.push(`${entry.id}: transfers[${index}] (${transfer.country}) names no recipient`);
        return;
      }
      const key = `${transfer.country} ${companyKey(name)}`;
      if (seen.has(key)) problems.push(`${entry.id}: transfers[${index}] repeats ${transfer.country} → ${name}`);
      seen.add(key);
    });
  }
  return problems;
}

/** Every EU-US-DPF transfer carries the recipient's certification under the EU-US framework, with its source and date. */
function dpfTransfersCertified(list: readonly Processor[]): string[] {
  const problems: string[] = [];
  for (const entry of list) {
    entry.transfers.forEach((transfer, index) => {
      if (transfer.mechanism !== "EU-US-DPF") return;
      const recipient = typeof transfer.recipient === "object" ? transfer.recipient.en : transfer.recipient;
      const at = `${entry.id}: transfers[${index}] (EU-US-DPF to ${recipient ?? transfer.country})`;
      const certification = transfer.certification;
      if (certification === undefined) {
        problems.push(`${at} has no certification`);
        return;
      }
      if (!certification.frameworks.includes("EU-US")) problems.push(`${at}: the certification does not list the EU-US framework`);
      if (!certification.source?.startsWith("https://")) problems.push(`${at}: the certification has no https source`);
      if (certification.checked === undefined || !isRealDate(certification.checked) || certification.checked > today) {
        problems.push(`${at}: the certification's checked date ${certification.checked} is missing, not a date or in the future`);
      }
    });
  }
  return problems;
}

/** A transfer's mechanism fits its country; a country in the EEA is no transfer. */
function mechanismFitsCountry(list: readonly Processor[]): string[] {
  const problems: string[] = [];
  for (const entry of list) {
    entry.transfers.forEach((transfer, index) => {
      const at = `${entry.id}: transfers[${index}] (${transfer.country}, ${transfer.mechanism})`;
      if (isEeaMember(transfer.country)) problems.push(`${at}: ${transfer.country} is in the EEA, so this is no transfer`);
      else if (transfer.mechanism === "EU-US-DPF" && transfer.country !== "US") problems.push(`${at}: the Data Privacy Framework covers the US only`);
      else if (transfer.mechanism === "A45-3" && (transfer.country === "US" || getAdequacy(transfer.country) === undefined)) {
        problems.push(`${at}: no adequacy decision covers ${transfer.country}${transfer.country === "US" ? " except the DPF (EU-US-DPF)" : ""}`);
      }
    });
  }
  return problems;
}

/** Every source has checked; updated is not after checked; the entry's checked is the oldest source's. */
function sourcesDated(list: readonly Processor[]): string[] {
  const problems: string[] = [];
  for (const entry of list) {
    if (entry.sources.length === 0) problems.push(`${entry.id}: has no sources`);
    entry.sources.forEach((source, index) => {
      const at = `${entry.id}: sources[${index}] (${source.url})`;
      if (source.checked === undefined) problems.push(`${at} has no checked date`);
      else if (source.updated !== undefined && source.updated > source.checked) {
        problems.push(`${at} was updated ${source.updated}, after it was checked ${source.checked}`);
      }
    });
    const dates = entry.sources.flatMap((source) => (source.checked === undefined ? [] : [source.checked])).sort();
    if (dates.length > 0 && entry.checked !== dates[0]) {
      problems.push(`${entry.id}: checked is ${entry.checked}, but its oldest source was checked ${dates[0]}`);
    }
  }
  return problems;
}

/** The value a fact path (entity.address, transfers[0].mechanism) points at in an entry, or undefined. */
function valueAt(entry: Processor, path: string): unknown {
  let value: unknown = entry;
  for (const [, key, index] of path.matchAll(/\.?([A-Za-z]+)|\[(\d+)\]/g)) {
    if (typeof value !== "object" || value === null) return undefined;
    value = key !== undefined ? (value as Record<string, unknown>)[key] : Array.isArray(value) ? value[Number(index)] : undefined;
  }
  return value;
}

/** Every unconfirmed fact and disagreement points at a value the entry has; a disagreement's value differs from it. */
function markedFactsExist(list: readonly Processor[]): string[] {
  const problems: string[] = [];
  for (const entry of list) {
    for (const [kind, marks] of [
      ["unconfirmed", entry.unconfirmed],
      ["disagreements", entry.disagreements],
    ] as const) {
      marks.forEach((mark, index) => {
        const value = valueAt(entry, mark.fact);
        if (value === undefined) problems.push(`${entry.id}: ${kind}[${index}] names ${mark.fact}, which the entry does not have`);
        else if ("value" in mark && typeof value === "string" && value === mark.value) {
          problems.push(`${entry.id}: ${kind}[${index}] says ${mark.fact} is ${mark.value} elsewhere, which is the entry's own value`);
        }
      });
    }
  }
  return problems;
}

/** A joint controller comes with the essence of the arrangement (Art. 26(2) GDPR) in both languages. */
function jointControllersArranged(list: readonly Processor[]): string[] {
  const problems: string[] = [];
  for (const entry of list) {
    if (entry.role === "joint-controller" && entry.roles === undefined) {
      problems.push(`${entry.id}: is a joint controller without roles[] to carry the arrangement`);
    }
    (entry.roles ?? []).forEach((role, index) => {
      if (role.role !== "joint-controller") return;
      const arrangement = role.arrangement;
      const complete = typeof arrangement === "object" && arrangement.en?.trim() && arrangement.de?.trim();
      if (!complete) problems.push(`${entry.id}: roles[${index}] is a joint controller without the arrangement in English and German`);
    });
  }
  return problems;
}

/** The role (every entry states one) and the EU representative have a source, like every other group of facts. */
function roleAndRepresentativeSourced(list: readonly Processor[]): string[] {
  const problems: string[] = [];
  for (const entry of list) {
    const facts = new Set(entry.sources.flatMap((source) => source.facts));
    // A role no provider document states is marked unconfirmed instead, and the policy does not state it.
    const unconfirmed = entry.unconfirmed.some(({ fact }) => fact === "role");
    if (!facts.has("role") && !unconfirmed) problems.push(`${entry.id}: no source lists "role" for its role (${entry.role})`);
    if (entry.euRepresentative !== undefined && !facts.has("representative")) {
      problems.push(`${entry.id}: no source lists "representative" for its EU representative`);
    }
  }
  return problems;
}

/** Passes when there are no problems; a failure lists each one on its own line. */
function expectNone(problems: readonly string[]) {
  expect(problems, `${problems.length} problem(s):\n${problems.join("\n")}\n`).toEqual([]);
}

describe("the catalog's facts agree with each other", () => {
  it("the same company (by legal name) has the same spelling, address, e-mail and DPF certification in every entry and role", () => {
    expectNone(sameCompanyEverywhere(entries));
  });

  it("an entity, parent or named recipient with an address outside the EU/EEA comes with a transfer to that country", () => {
    expectNone(transferToEveryCountryOutsideTheEea(entries));
  });

  it("every transfer names its recipient explicitly, once per country", () => {
    expectNone(recipientsNamed(entries));
  });

  it("every EU-US-DPF transfer has the recipient's certification with source and checked date", () => {
    expectNone(dpfTransfersCertified(entries));
  });

  it("every transfer's mechanism fits its country (DPF: US only; adequacy: a country with a decision; none inside the EEA)", () => {
    expectNone(mechanismFitsCountry(entries));
  });

  it("every source has checked, updated is not after it, and the entry's checked is the oldest source's", () => {
    expectNone(sourcesDated(entries));
  });

  it("every unconfirmed fact and disagreement points at a value the entry has", () => {
    expectNone(markedFactsExist(entries));
  });

  it("a joint controller carries the arrangement", () => {
    expectNone(jointControllersArranged(entries));
  });

  it("the role, and an EU representative, have a source", () => {
    expectNone(roleAndRepresentativeSourced(entries));
  });
});

describe("the checks, on hand-made entries", () => {
  const usCompany: Party = {
    name: "Example, Inc.",
    address: { street: "1 Main Street", postalCode: "94105", city: "San Francisco", region: "CA", country: "US" },
    email: "privacy@example.com",
  };
  const good: Processor = {
    id: "good",
    name: "Good",
    entity: { name: "Example Europe Limited", address: { street: "1 Quay", city: "Dublin", country: "IE" } },
    parent: usCompany,
    role: "processor",
    roles: [
      { role: "processor", scope: { en: "hosting", de: "das Hosting" } },
      {
        role: "joint-controller",
        scope: { en: "collecting the data", de: "die Erhebung der Daten" },
        arrangement: { en: "We inform you.", de: "Wir informieren Sie." },
      },
    ],
    urls: {},
    description: { en: "Good.", de: "Gut." },
    domains: [],
    transfers: [
      {
        country: "US",
        recipient: "Example, Inc.",
        mechanism: "EU-US-DPF",
        certification: { frameworks: ["EU-US"], source: "https://www.dataprivacyframework.gov/list", checked: "2026-12-06" },
        checked: "2026-12-06",
      },
      { country: "GB", recipient: "Example UK Ltd", mechanism: "A45-3", checked: "2026-12-06" },
    ],
    deviceAccess: [
      { name: "_e", technology: "cookie", purpose: { en: "Counts.", de: "Zählt." }, duration: "P1Y", party: "first", ground: "consent" },
    ],
    sources: [
      { url: "https://example.com/privacy", facts: ["entity", "role", "transfers"], checked: "2026-12-01", updated: "2026-01-01" },
      { url: "https://example.com/dpa", facts: ["parent"], checked: "2026-12-06" },
    ],
    checked: "2026-12-01",
    unconfirmed: [{ fact: "deviceAccess[0].duration", note: "No lifetime stated." }],
    disagreements: [{ fact: "transfers[1].mechanism", value: "A46-2-c", source: "https://example.org/" }],
  };
  /** A copy of the good entry with one change. */
  const bad = (change: (entry: Processor) => void, id = "bad"): Processor => {
    const entry = structuredClone(good);
    entry.id = id;
    change(entry);
    return entry;
  };

  it("find nothing wrong with a consistent entry", () => {
    for (const check of [
      sameCompanyEverywhere,
      transferToEveryCountryOutsideTheEea,
      recipientsNamed,
      dpfTransfersCertified,
      mechanismFitsCountry,
      sourcesDated,
      markedFactsExist,
      jointControllersArranged,
      roleAndRepresentativeSourced,
    ]) {
      expect(check([good, bad(() => {}, "twin")]), check.name).toEqual([]);
    }
  });

  it("same company: another address, e-mail, spelling or certification in another entry or role", () => {
    const moved = bad((entry) => {
      entry.parent!.address.street = "2 Main Street";
    });
    expect(sameCompanyEverywhere([good, moved])).toEqual([
      "Example, Inc.: address differs: 1 Main Street, 94105 San Francisco, CA, US (good parent) vs 2 Main Street, 94105 San Francisco, CA, US (bad parent)",
    ]);
    const asEntity = bad((entry) => {
      entry.entity = { ...usCompany, email: "legal@example.com" };
    });
    expect(sameCompanyEverywhere([good, asEntity])).toEqual([
      "Example, Inc.: e-mail differs: privacy@example.com (good parent, bad parent) vs legal@example.com (bad entity)",
    ]);
    const spelled = bad((entry) => {
      entry.transfers[0]!.recipient = "Example Inc.";
    });
    expect(sameCompanyEverywhere([good, spelled])).toEqual([
      "Example, Inc.: spelled differs: Example, Inc. (good parent, good transfers[0], bad parent) vs Example Inc. (bad transfers[0])",
    ]);
    const uncertified = bad((entry) => {
      entry.transfers[0]!.certification!.frameworks = ["EU-US", "Swiss-US"];
    });
    expect(sameCompanyEverywhere([good, uncertified])).toEqual([
      "Example, Inc.: DPF certification differs: EU-US at https://www.dataprivacyframework.gov/list (good transfers[0]) vs EU-US + Swiss-US at https://www.dataprivacyframework.gov/list (bad transfers[0])",
    ]);
  });

  it("transfer to every country: a parent, entity or recipient elsewhere without a transfer there", () => {
    expect(transferToEveryCountryOutsideTheEea([bad((entry) => entry.transfers.splice(0, 1))])).toEqual([
      "bad: parent Example, Inc. is in US, but no transfer goes to US",
    ]);
    const swiss = bad((entry) => {
      entry.entity = { name: "Example AG", address: { street: "Bahnhofstrasse 1", city: "Zürich", country: "CH" } };
    });
    expect(transferToEveryCountryOutsideTheEea([swiss])).toEqual(["bad: entity Example AG is in CH, but no transfer goes to CH"]);
    // The recipient's address is known from another entry, where it is the entity.
    const canadian = bad((entry) => {
      entry.id = "canadian";
      entry.entity = { name: "Example Canada Inc.", address: { street: "1 Bay Street", city: "Toronto", country: "CA" } };
      entry.transfers.push({ country: "CA", recipient: "Example Canada Inc.", mechanism: "A45-3" });
    });
    const sending = bad((entry) => entry.transfers.push({ country: "US", recipient: "Example Canada Inc.", mechanism: "A46-2-c" }));
    expect(transferToEveryCountryOutsideTheEea([canadian, sending])).toEqual([
      "bad: transfers[2].recipient Example Canada Inc. is in CA, but no transfer goes to CA",
    ]);
  });

  it("recipients: a transfer without one, or twice to the same", () => {
    const anonymous = bad((entry) => delete entry.transfers[1]!.recipient);
    expect(recipientsNamed([anonymous])).toEqual(["bad: transfers[1] (GB) names no recipient"]);
    const twice = bad((entry) => entry.transfers.push({ ...entry.transfers[1]!, recipient: "Example UK Ltd." }));
    expect(recipientsNamed([twice])).toEqual(["bad: transfers[2] repeats GB → Example UK Ltd."]);
  });

  it("DPF: a transfer without certification, without EU-US, or seen in the future", () => {
    expect(dpfTransfersCertified([bad((entry) => delete entry.transfers[0]!.certification)])).toEqual([
      "bad: transfers[0] (EU-US-DPF to Example, Inc.) has no certification",
    ]);
    const ukOnly = bad((entry) => {
      entry.transfers[0]!.certification!.frameworks = ["UK-Extension"];
      entry.transfers[0]!.certification!.checked = "2999-01-01";
    });
    expect(dpfTransfersCertified([ukOnly])).toEqual([
      "bad: transfers[0] (EU-US-DPF to Example, Inc.): the certification does not list the EU-US framework",
      "bad: transfers[0] (EU-US-DPF to Example, Inc.): the certification's checked date 2999-01-01 is missing, not a date or in the future",
    ]);
  });

  it("mechanism: the DPF outside the US, adequacy where there is none, a transfer inside the EEA", () => {
    const wrong = bad((entry) => {
      entry.transfers[0]!.mechanism = "A45-3";
      delete entry.transfers[0]!.certification;
      entry.transfers[1]!.mechanism = "EU-US-DPF";
      entry.transfers.push(
        { country: "IN", recipient: "Example India", mechanism: "A45-3" },
        { country: "NO", recipient: "Example AS", mechanism: "A46-2-c" },
      );
    });
    expect(mechanismFitsCountry([wrong])).toEqual([
      "bad: transfers[0] (US, A45-3): no adequacy decision covers US except the DPF (EU-US-DPF)",
      "bad: transfers[1] (GB, EU-US-DPF): the Data Privacy Framework covers the US only",
      "bad: transfers[2] (IN, A45-3): no adequacy decision covers IN",
      "bad: transfers[3] (NO, A46-2-c): NO is in the EEA, so this is no transfer",
    ]);
  });

  it("sources: one without checked, updated after checked, an entry checked later than its oldest source", () => {
    const undated = bad((entry) => {
      delete entry.sources[1]!.checked;
      entry.sources[0]!.updated = "2026-12-02";
      entry.checked = "2026-12-06";
    });
    expect(sourcesDated([undated])).toEqual([
      "bad: sources[0] (https://example.com/privacy) was updated 2026-12-02, after it was checked 2026-12-01",
      "bad: sources[1] (https://example.com/dpa) has no checked date",
      "bad: checked is 2026-12-06, but its oldest source was checked 2026-12-01",
    ]);
  });

  it("marked facts: a path to nothing, or a disagreement with the entry's own value", () => {
    const dangling = bad((entry) => {
      entry.unconfirmed.push({ fact: "euRepresentative", note: "?" }, { fact: "deviceAccess[1].duration", note: "?" });
      entry.disagreements.push({ fact: "roles[2]", value: "x", source: "https://example.org/" });
      entry.disagreements.push({ fact: "deviceAccess[0].duration", value: "P1Y", source: "https://example.org/" });
    });
    expect(markedFactsExist([dangling])).toEqual([
      "bad: unconfirmed[1] names euRepresentative, which the entry does not have",
      "bad: unconfirmed[2] names deviceAccess[1].duration, which the entry does not have",
      "bad: disagreements[1] names roles[2], which the entry does not have",
      "bad: disagreements[2] says deviceAccess[0].duration is P1Y elsewhere, which is the entry's own value",
    ]);
  });

  it("joint controllers: without an arrangement, or without roles to carry one", () => {
    const unarranged = bad((entry) => delete entry.roles![1]!.arrangement);
    expect(jointControllersArranged([unarranged])).toEqual(["bad: roles[1] is a joint controller without the arrangement in English and German"]);
    const bare = bad((entry) => {
      entry.role = "joint-controller";
      delete entry.roles;
    });
    expect(jointControllersArranged([bare])).toEqual(["bad: is a joint controller without roles[] to carry the arrangement"]);
  });

  it("role and representative sources: missing", () => {
    const unsourced = bad((entry) => {
      entry.sources[0]!.facts = ["entity", "transfers"];
      entry.euRepresentative = { name: "Rep GmbH", address: { street: "Weg 1", city: "Berlin", country: "DE" } };
    });
    expect(roleAndRepresentativeSourced([unsourced])).toEqual([
      'bad: no source lists "role" for its role (processor)',
      'bad: no source lists "representative" for its EU representative',
    ]);
  });
});
