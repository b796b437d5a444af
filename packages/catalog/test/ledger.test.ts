import { existsSync, readFileSync } from "node:fs";
import type { Processor } from "@policy/core";
import { describe, expect, it } from "vitest";
import { compareLedgers, describeDifferences, entryFacts, formatChanges, ledgerFileName, renderLedger } from "../scripts/ledger-lib.mjs";
import { catalog } from "../src/index.js";

const ledgerUrl = new URL(`../${ledgerFileName}`, import.meta.url);
const regenerate =
  "Regenerate it with `npm run ledger -w @policy/catalog`, review and commit it, and list the fact changes in the changeset: " +
  "`npm run -s ledger:changes -w @policy/catalog`.";

describe(ledgerFileName, () => {
  it("lists exactly the catalog's facts (the committed file is what `npm run ledger` writes)", () => {
    const current = renderLedger(catalog);
    if (!existsSync(ledgerUrl)) expect.fail(`${ledgerFileName} is missing. ${regenerate}`);
    const committed = readFileSync(ledgerUrl, "utf8");
    if (committed === current) return;
    const changes = compareLedgers(committed, current);
    const lines = describeDifferences(changes).split("\n");
    const shown = lines.length > 120 ? [...lines.slice(0, 120), `  ... and ${lines.length - 120} more lines`] : lines;
    const what =
      changes.length > 0
        ? `${ledgerFileName} differs from the catalog in these lines (- in the file, + in the catalog):\n${shown.join("\n")}`
        : `${ledgerFileName} has the catalog's facts but not the bytes the script writes (header, order or spacing).`;
    expect.fail(`${what}\n${regenerate}`);
  });
});

/** A small entry with one fact of each kind. */
const sample: Processor = {
  id: "sample",
  name: "Sample",
  categories: ["analytics"],
  entity: {
    name: "Sample, Inc.",
    address: { street: "1 Main Street", postalCode: "94105", city: "San Francisco", region: "CA", country: "US" },
    email: "privacy@example.com",
  },
  role: "processor",
  roles: [
    { role: "processor", scope: { en: "measuring our website", de: "die Messung unserer Website" } },
    {
      role: "joint-controller",
      scope: { en: "collecting the data", de: "die Erhebung der Daten" },
      arrangement: { en: "We inform you.", de: "Wir informieren Sie." },
    },
  ],
  urls: { website: "https://example.com" },
  description: { en: "Sample measures visits.", de: "Sample misst Besuche." },
  activities: {
    purposes: [{ purpose: "analytics.reporting", legalBasis: "A6-1-a" }],
    data: ["user.device.ip_address", { category: "user.contact.email", collected: "provided" }],
    subjects: ["website_visitor"],
  },
  domains: ["cdn.example.com", "*.collect.example.com"],
  transfers: [
    {
      country: "US",
      recipient: "Sample, Inc.",
      mechanism: "EU-US-DPF",
      certification: { frameworks: ["EU-US", "UK-Extension"], source: "https://www.dataprivacyframework.gov/list", checked: "2026-12-06" },
      note: { en: "Certified.", de: "Zertifiziert." },
      checked: "2026-12-06",
    },
  ],
  retention: { duration: "P14M" },
  deviceAccess: [
    {
      name: "_s",
      technology: "cookie",
      domain: "example.com",
      purpose: { en: "Counts visits.", de: "Zählt Besuche." },
      duration: "P1Y",
      party: "first",
      ground: "consent",
    },
  ],
  sources: [{ url: "https://example.com/privacy", facts: ["entity", "transfers"], checked: "2026-12-06", updated: "2026-01-01" }],
  checked: "2026-12-06",
  unconfirmed: [{ fact: "deviceAccess[0].duration", note: "The cookie list gives no lifetime." }],
  disagreements: [{ fact: "transfers[0].mechanism", value: "A46-2-c", source: "https://example.org/" }],
};

describe("the ledger's lines", () => {
  it("show every fact of an entry, one a line, prose by its presence", () => {
    expect(entryFacts(sample)).toEqual([
      "name: Sample",
      "categories: analytics",
      "entity.name: Sample, Inc.",
      "entity.address: 1 Main Street, 94105 San Francisco, CA, US",
      "entity.email: privacy@example.com",
      "role: processor",
      "roles[processor].scope: measuring our website",
      "roles[joint-controller].scope: collecting the data",
      "roles[joint-controller].arrangement: text (en, de)",
      "urls.website: https://example.com",
      "description: text (en, de)",
      "activities.purposes[analytics.reporting].legalBasis: A6-1-a",
      "activities.data[user.device.ip_address]: listed",
      "activities.data[user.contact.email].collected: provided",
      "activities.subjects: website_visitor",
      "transfers[US → Sample, Inc.].mechanism: EU-US-DPF",
      "transfers[US → Sample, Inc.].certification.frameworks: EU-US, UK-Extension",
      "transfers[US → Sample, Inc.].certification.source: https://www.dataprivacyframework.gov/list",
      "transfers[US → Sample, Inc.].certification.checked: 2026-12-06",
      "transfers[US → Sample, Inc.].note: text (en, de)",
      "transfers[US → Sample, Inc.].checked: 2026-12-06",
      "retention.duration: P14M",
      "deviceAccess[_s].technology: cookie",
      "deviceAccess[_s].domain: example.com",
      "deviceAccess[_s].purpose: text (en, de)",
      "deviceAccess[_s].duration: P1Y",
      "deviceAccess[_s].party: first",
      "deviceAccess[_s].ground: consent",
      "domains: cdn.example.com, *.collect.example.com",
      "sources[https://example.com/privacy].facts: entity, transfers",
      "sources[https://example.com/privacy].checked: 2026-12-06",
      "sources[https://example.com/privacy].updated: 2026-01-01",
      "checked: 2026-12-06",
      "unconfirmed[deviceAccess[_s].duration].note: text",
      "disagreements[transfers[US → Sample, Inc.].mechanism].value: A46-2-c",
      "disagreements[transfers[US → Sample, Inc.].mechanism].source: https://example.org/",
    ]);
  });

  it("do not depend on the order fields are written in, and show a field the model does not know yet", () => {
    const reordered = Object.fromEntries(Object.entries(sample).reverse()) as unknown as Processor;
    expect(entryFacts(reordered)).toEqual(entryFacts(sample));
    const extended = { ...sample, futureField: { level: 3 } } as unknown as Processor;
    expect(entryFacts(extended)).toContain("futureField.level: 3");
  });

  it("name list items by what identifies them, so a new cookie adds its own lines and changes no other", () => {
    const cookie = { ...sample.deviceAccess[0]!, name: "_t" };
    const more = { ...sample, deviceAccess: [...sample.deviceAccess, cookie] };
    const before = new Set(entryFacts(sample));
    const after = entryFacts(more);
    expect(after.filter((line) => !before.has(line))).toEqual([
      "deviceAccess[_t].technology: cookie",
      "deviceAccess[_t].domain: example.com",
      "deviceAccess[_t].purpose: text (en, de)",
      "deviceAccess[_t].duration: P1Y",
      "deviceAccess[_t].party: first",
      "deviceAccess[_t].ground: consent",
    ]);
    // An unconfirmed fact names the item its index path points at.
    const first = { ...sample, deviceAccess: [cookie, ...sample.deviceAccess] };
    expect(entryFacts(first)).toContain("unconfirmed[deviceAccess[_t].duration].note: text");
    // Two items with the same name stay apart.
    const twice = { ...sample, deviceAccess: [sample.deviceAccess[0]!, sample.deviceAccess[0]!] };
    expect(entryFacts(twice)).toContain("deviceAccess[_s #2].duration: P1Y");
  });

  it("mark an unconfirmed fact that points at nothing", () => {
    const dangling = { ...sample, unconfirmed: [{ fact: "transfers[3].mechanism", note: "?" }] };
    expect(entryFacts(dangling)).toContain("unconfirmed[transfers[3].mechanism (no such fact)].note: text");
  });

  it("make the same bytes whatever order the entries come in", () => {
    const other = { ...sample, id: "another" };
    expect(renderLedger([sample, other])).toBe(renderLedger({ b: other, a: sample }));
    expect(renderLedger([sample, other]).indexOf("## another")).toBeLessThan(renderLedger([sample, other]).indexOf("## sample"));
  });
});

describe("the ledger's changes", () => {
  const changed: Processor = {
    ...sample,
    entity: { ...sample.entity, address: { ...sample.entity.address, street: "2 Main Street" } },
    transfers: [...sample.transfers, { country: "GB", recipient: "Sample Ltd", mechanism: "A45-3", checked: "2026-12-06" }],
    sources: [],
  };
  const changes = compareLedgers(renderLedger([sample]), renderLedger([changed, { ...sample, id: "new" }]));

  it("list, per entry, the lines that went and came", () => {
    expect(changes.map((change) => [change.id, change.status])).toEqual([
      ["new", "added"],
      ["sample", "changed"],
    ]);
    expect(describeDifferences(changes)).toContain("    - entity.address: 1 Main Street, 94105 San Francisco, CA, US\n");
    expect(describeDifferences(changes)).toContain("    + entity.address: 2 Main Street, 94105 San Francisco, CA, US\n");
  });

  it("read as a Markdown list for a changeset: old → new, and a list item that came or went on one line", () => {
    expect(formatChanges(changes).split("\n")).toEqual([
      "- **new**: new entry",
      "- **sample**",
      "  - `entity.address`: 1 Main Street, 94105 San Francisco, CA, US → 2 Main Street, 94105 San Francisco, CA, US",
      "  - `transfers[GB → Sample Ltd]` added: mechanism A45-3; checked 2026-12-06",
      "  - `sources[https://example.com/privacy]` removed: facts entity, transfers; checked 2026-12-06; updated 2026-01-01",
    ]);
  });

  it("are empty between a ledger and itself", () => {
    expect(compareLedgers(renderLedger([sample]), renderLedger([sample]))).toEqual([]);
  });
});
