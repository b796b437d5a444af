import { ProcessorSchema, isEeaMember, type FactGroup, type LocalizedText, type Processor } from "@policy/core";
import { describe, expect, it } from "vitest";
import { entries, entryFiles } from "./entries.js";

const today = new Date().toISOString().slice(0, 10);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Every text a reader sees that we wrote, with where it is. */
function proseOf(entry: Processor): [string, LocalizedText | undefined][] {
  const activities = entry.activities;
  return [
    ["description", entry.description],
    ["deletion", entry.deletion],
    ["retention.until", entry.retention?.until],
    ["retention.criteria", entry.retention?.criteria],
    ...(activities?.purposes ?? []).flatMap((purpose, index): [string, LocalizedText | undefined][] => [
      [`activities.purposes[${index}].description`, purpose.description],
      [`activities.purposes[${index}].legitimateInterest`, purpose.legitimateInterest],
    ]),
    ...(activities?.data ?? []).map((item, index): [string, LocalizedText | undefined] => [
      `activities.data[${index}].details`,
      typeof item === "string" ? undefined : item.details,
    ]),
    ...entry.deviceAccess.map((access, index): [string, LocalizedText] => [`deviceAccess[${index}].purpose`, access.purpose]),
    ...entry.transfers.map((transfer, index): [string, LocalizedText | undefined] => [`transfers[${index}].note`, transfer.note]),
  ];
}

/** The groups of facts an entry states, each of which needs a source. */
function factGroupsOf(entry: Processor): FactGroup[] {
  const stated: [FactGroup, boolean][] = [
    ["entity", true],
    ["parent", entry.parent !== undefined],
    ["urls", Object.values(entry.urls).some((url) => url !== undefined)],
    ["transfers", entry.transfers.length > 0],
    ["activities", entry.activities !== undefined],
    ["retention", entry.retention !== undefined],
    ["deletion", entry.deletion !== undefined],
    ["device-access", entry.deviceAccess.length > 0],
    ["domains", entry.domains.length > 0],
  ];
  return stated.filter(([, present]) => present).map(([group]) => group);
}

function urlsOf(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return /^[a-z]+:/i.test(value) && !value.includes("@") ? [[path, value]] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => urlsOf(item, `${path}[${index}]`));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => urlsOf(item, path === "" ? key : `${path}.${key}`));
  }
  return [];
}

describe("every catalog entry", () => {
  it("is at least a hundred entries, one a file", () => {
    expect(entries.length).toBeGreaterThanOrEqual(100);
  });

  describe.each(entryFiles.map((file, index) => ({ ...file, entry: entries[index]! })))("$file", ({ file, exportName, exports, entry }) => {
    it(`exports ${exportName} and nothing else, with the file's name as its id`, () => {
      expect(Object.keys(exports)).toEqual([exportName]);
      expect(entry.id).toBe(file.slice(0, -".ts".length));
    });

    it("is a Processor as core's schema reads it, with nothing left to default", () => {
      const parsed = ProcessorSchema.safeParse(entry);
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(parsed.data).toEqual(entry);
    });

    it("says what kind of service it is, so that `policy catalog` can list it by kind", () => {
      expect(entry.categories?.length ?? 0).toBeGreaterThan(0);
    });

    it("has every text in English and in German", () => {
      for (const [path, text] of proseOf(entry)) {
        if (text === undefined) continue;
        expect(typeof text, `${path} must be { en, de }`).toBe("object");
        if (typeof text === "object") {
          expect(text.en?.trim() ?? "", `${path}.en`).not.toBe("");
          expect(text.de?.trim() ?? "", `${path}.de`).not.toBe("");
          expect(text.de, `${path}: the German is the English`).not.toBe(text.en);
        }
      }
    });

    it("names a source for every group of facts it states", () => {
      const sourced = new Set(entry.sources.flatMap((source) => source.facts));
      const unsourced = factGroupsOf(entry).filter((group) => !sourced.has(group));
      expect(unsourced).toEqual([]);
    });

    it("links only over https", () => {
      const insecure = urlsOf(entry).filter(([, url]) => !url.startsWith("https://"));
      expect(insecure).toEqual([]);
    });

    it("was checked on a real date that is not in the future", () => {
      const dates = [
        entry.checked,
        ...entry.sources.flatMap((source) => [source.checked, source.updated]),
        ...entry.transfers.flatMap((transfer) => [transfer.checked, transfer.certification?.checked]),
      ];
      expect(entry.checked).toBeDefined();
      for (const date of dates.filter((date) => date !== undefined)) {
        expect(date).toMatch(isoDate);
        expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
        expect(date <= today, `${date} is in the future`).toBe(true);
      }
    });

    it("names the transfer to every country outside the EEA where the data goes, and the date its mechanism was confirmed or that it is unconfirmed", () => {
      // The maker of self-hosted software receives nothing, wherever it is.
      const countries = [entry.selfHosted === true ? undefined : entry.entity, entry.parent]
        .flatMap((party) => (party === undefined ? [] : [party.address.country]))
        .filter((country) => !isEeaMember(country));
      const transferred = new Set(entry.transfers.map((transfer) => transfer.country));
      expect(countries.filter((country) => !transferred.has(country))).toEqual([]);
      // A transfer's mechanism is confirmed on a date (checked) or listed in the entry's unconfirmed
      // facts (the transfer, or its mechanism); an unconfirmed mechanism has no date it was confirmed.
      const marked = new Set(entry.unconfirmed.map((fact) => fact.fact));
      const undated = entry.transfers.flatMap((transfer, index) =>
        transfer.checked === undefined && !marked.has(`transfers[${index}]`) && !marked.has(`transfers[${index}].mechanism`)
          ? [`transfers[${index}]`]
          : [],
      );
      expect(undated, "a transfer without checked must be listed in unconfirmed (as transfers[N] or transfers[N].mechanism)").toEqual([]);
      const contradicted = entry.transfers.flatMap((transfer, index) =>
        transfer.checked !== undefined && marked.has(`transfers[${index}].mechanism`) ? [`transfers[${index}]`] : [],
      );
      expect(contradicted, "a transfer whose mechanism is unconfirmed cannot carry the date it was confirmed (checked)").toEqual([]);
    });
  });
});

describe("the catalog as a whole", () => {
  it("has no two entries with the same id, name or alias, but a product's regional entries (stripe-us) share its name", () => {
    const owners = new Map<string, Set<string>>();
    for (const entry of entries) {
      for (const name of [entry.id, entry.name, ...(entry.aliases ?? [])]) {
        const key = name.toLowerCase();
        owners.set(key, (owners.get(key) ?? new Set()).add(entry.id));
      }
    }
    const regional = (ids: Set<string>) =>
      [...ids].some((id) => [...ids].every((other) => other === id || (/^-[a-z]{2}$/.test(other.slice(id.length)) && other.startsWith(id))));
    const shared = [...owners].filter(([, ids]) => ids.size > 1 && !regional(ids)).map(([name, ids]) => `${name}: ${[...ids].join(", ")}`);
    expect(shared).toEqual([]);
    expect(owners.get("stripe")).toEqual(new Set(["stripe", "stripe-us"]));
  });

  it("lists each alias once, and not the name again", () => {
    for (const entry of entries) {
      const names = [entry.name, ...(entry.aliases ?? [])].map((name) => name.toLowerCase());
      expect(new Set(names).size, entry.id).toBe(names.length);
    }
  });

  it("describes no two entries with the same words", () => {
    for (const locale of ["en", "de"] as const) {
      const texts = entries.map((entry) => (typeof entry.description === "string" ? entry.description : entry.description[locale]));
      const repeated = texts.filter((text, index) => texts.indexOf(text) !== index);
      expect(repeated).toEqual([]);
    }
  });
});
