import { catalog, type CatalogId } from "@policy/catalog";
import { formatIssue, locales, safeLoadPolicy, type Locale } from "@policy/core";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { InitAnswers } from "./init-answers.js";
import { defaultSchemaPath, schemaComment, starterPolicy } from "./init-starter-policy.js";

const answers: InitAnswers = {
  company: "Example GmbH",
  street: "Hauptstraße 1",
  postalCode: "10115",
  city: "Berlin",
  country: "DE",
  email: "privacy@example.com",
  locales: ["en", "de"],
  services: [],
};

function load(text: string) {
  const result = safeLoadPolicy(text, { catalog, filename: "policy.yaml" });
  return { ...result, messages: result.issues.map(formatIssue) };
}

/**
 * The warnings a starter policy keeps on purpose: one for each fact of the entry that its provider's
 * documents do not confirm (retention aside: the starter asks for it), which only the author can settle.
 */
function unconfirmedFacts(ids: readonly CatalogId[]): string[] {
  return ids.flatMap((id) => catalog[id].unconfirmed.filter(({ fact }) => fact !== "retention").map(({ fact }) => `${id} ${fact}`));
}

function warnedFacts(loaded: ReturnType<typeof load>, ids: readonly CatalogId[]): string[] {
  return loaded.issues
    .filter((issue) => issue.code === "unconfirmed-fact")
    .map((issue) => {
      const index = Number(/^services\[(\d+)\]/.exec(issue.path)?.[1]);
      return `${ids[index]} ${/do not confirm (\S+) \(/.exec(issue.message)?.[1]}`;
    });
}

describe("starterPolicy", () => {
  it("starts with the schema comment for the YAML language server", () => {
    expect(starterPolicy(answers, "2026-05-01").split("\n")[0]).toBe(
      "# yaml-language-server: $schema=./node_modules/@policy/core/policy.schema.json",
    );
    expect(starterPolicy(answers, "2026-05-01", "../node_modules/@policy/core/policy.schema.json").split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../node_modules/@policy/core/policy.schema.json",
    );
  });

  it("is valid in every language policy writes in, with catalog services and without", () => {
    for (const services of [[], ["zoom", "hetzner"]] as const) {
      const loaded = load(starterPolicy({ ...answers, locales: [...locales], services: [...services] }, "2026-05-01"));
      expect(loaded.issues.filter((issue) => issue.severity === "error").map(formatIssue)).toEqual([]);
    }
  });

  it("without services, is valid with an in-house contact service and no issues at all", () => {
    const text = starterPolicy(answers, "2026-05-01");
    const loaded = load(text);
    expect(loaded.messages).toEqual([]);
    expect(loaded.success).toBe(true);
    if (!loaded.success) return;
    expect(loaded.policy.meta).toEqual({ version: "1.0", effective: "2026-05-01", updated: "2026-05-01" });
    expect(loaded.policy.locales).toEqual(["en", "de"]);
    expect(loaded.policy.jurisdictions).toEqual(["gdpr"]);
    expect(loaded.policy.controller).toEqual({
      name: "Example GmbH",
      address: { street: "Hauptstraße 1", postalCode: "10115", city: "Berlin", country: "DE" },
      email: "privacy@example.com",
    });
    expect(loaded.policy.services.map((service) => [service.id, service.processor])).toEqual([["contact", null]]);
  });

  it.each(Object.keys(catalog) as CatalogId[])("with %s alone, is valid, warning only of what the provider does not confirm", (id) => {
    const text = starterPolicy({ ...answers, services: [id] }, "2026-05-01");
    const loaded = load(text);
    expect(loaded.issues.filter((issue) => issue.code !== "unconfirmed-fact").map(formatIssue)).toEqual([]);
    expect(warnedFacts(loaded, [id])).toEqual(unconfirmedFacts([id]));
    for (const fact of unconfirmedFacts([id])) expect(text).toContain(`#   ${fact.slice(id.length + 1)}\n`);
    expect(loaded.success).toBe(true);
    if (!loaded.success) return;
    const [service] = loaded.policy.services;
    expect(service?.id).toBe(id);
    expect((service?.processor ?? service?.software)?.id).toBe(id);
    // The catalog's typical use stays in force until the author writes their own.
    expect(service?.purposes).toEqual(catalog[id].activities?.purposes);
    const data = parse(text) as { services: Record<string, unknown>[] };
    expect(data.services[0]).toMatchObject({ id, processor: id });
    const retentionKnown = catalog[id].retention !== undefined && !catalog[id].unconfirmed.some(({ fact }) => fact === "retention");
    expect(Object.hasOwn(data.services[0]!, "retention")).toBe(!retentionKnown);
  });

  it("with every catalog entry at once, is valid, warning only of what the providers do not confirm", () => {
    const ids = Object.keys(catalog) as CatalogId[];
    // A product's regional entries (stripe-us) share its name, and a policy names each service once: one starter each.
    const regional = (id: string) => ids.some((other) => id.startsWith(`${other}-`));
    for (const services of [ids.filter((id) => !regional(id)), ids.filter(regional)]) {
      const loaded = load(starterPolicy({ ...answers, services }, "2026-05-01"));
      expect(loaded.issues.filter((issue) => issue.code !== "unconfirmed-fact").map(formatIssue)).toEqual([]);
      expect(warnedFacts(loaded, services)).toEqual(unconfirmedFacts(services));
      expect(loaded.success && loaded.policy.services.map((service) => service.id)).toEqual(services);
    }
  });

  it.each<[readonly Locale[]]>([[["en"]], [["de"]], [["de", "en"]]])("in %j, gives each text in exactly those languages", (locales) => {
    for (const services of [[], ["zoom", "hetzner"]] as const) {
      const text = starterPolicy({ ...answers, locales, services }, "2026-05-01");
      const loaded = load(text);
      expect(loaded.messages).toEqual([]);
      expect(loaded.success && loaded.policy.locales).toEqual(locales);
      const data = parse(text) as { services: { retention?: { until: Record<string, string> } }[] };
      for (const service of data.services) {
        if (service.retention !== undefined) expect(Object.keys(service.retention.until)).toEqual(locales);
      }
    }
  });

  it("names the data protection law of the company's country: the UK GDPR in London, the FADP in Zürich", () => {
    const london = load(
      starterPolicy({ ...answers, street: "1 Fenchurch Street", postalCode: "EC3M 3BY", city: "London", country: "GB" }, "2026-05-01"),
    );
    expect(london.messages).toEqual([]);
    expect(london.success && london.policy.jurisdictions).toEqual(["uk-gdpr"]);
    const zurich = load(starterPolicy({ ...answers, street: "Limmatquai 1", postalCode: "8001", city: "Zürich", country: "CH" }, "2026-05-01"));
    expect(zurich.messages).toEqual([]);
    expect(zurich.success && zurich.policy.jurisdictions).toEqual(["fadp"]);
  });

  it("leaves out the postal code when there is none", () => {
    const text = starterPolicy({ ...answers, postalCode: undefined }, "2026-05-01");
    expect(text).not.toContain("postalCode");
    expect(load(text).success).toBe(true);
  });

  const hostile = [
    'Foo: "Bar" #1',
    "Line one\nLine two",
    "Trailing line break\n",
    "  spaces around  ",
    "- a dash",
    "'single' and \"double\"",
    "null",
    "true",
    "0123",
    "1e3",
    "&anchor *alias !tag",
    "# not a comment",
    "key: value\n  - item",
    "{ a: b } [c]",
    "| > @ ` %",
    "tab\tinside",
    "\u001b[31mred\u001b[0m and a bell \u0007",
    "Müller & Söhne 中文 🙂",
    "\u202eoverride",
  ];

  it.each(hostile)("writes the value %j so that it reads back exactly", (value) => {
    const text = starterPolicy({ ...answers, company: value, street: value, city: value, postalCode: value }, "2026-05-01");
    const loaded = load(text);
    // A German seat in a city of that name tells no Land, so no supervisory authority: the one warning expected.
    expect(loaded.issues.map((issue) => issue.code)).toEqual(["missing-supervisory-authority"]);
    expect(loaded.success).toBe(true);
    if (!loaded.success) return;
    expect(loaded.policy.controller.name).toBe(value);
    expect(loaded.policy.controller.address).toEqual({ street: value, postalCode: value, city: value, country: "DE" });
    // The schema comment is still the first line, and the header still says what to do next.
    expect(text.split("\n")[0]).toBe(schemaComment(defaultSchemaPath));
  });

  it("marks with TODO what the author must decide", () => {
    const inHouse = starterPolicy(answers, "2026-05-01");
    expect(inHouse).toMatch(/# TODO: check the purpose and its legal basis/);
    expect(inHouse).toMatch(/# TODO: say how long you keep the messages/);
    const zoom = starterPolicy({ ...answers, services: ["zoom"] }, "2026-05-01");
    expect(zoom).toContain("processor: zoom # Zoom: Zoom Communications, Inc., United States\n");
    expect(zoom).toMatch(/# TODO: check the purposes and their legal bases/);
    expect(zoom).toMatch(/# TODO: must people give this data\?/);
    expect(zoom).toMatch(/# TODO: say how long you keep the data; the catalog gives no period for Zoom/);
    expect(zoom).toContain("policy validate policy.yaml");
    // Self-hosted software names its maker as the one that receives nothing, not as a provider abroad.
    const matomo = starterPolicy({ ...answers, services: ["matomo"] }, "2026-05-01");
    expect(matomo).toContain("processor: matomo # Matomo: software you host yourself; its maker InnoCraft Ltd receives nothing\n");
  });

  it("shows the catalog's purposes as a comment that, uncommented, means the same", () => {
    for (const id of ["hetzner", "stripe", "zoom", "google-analytics"] as const) {
      const text = starterPolicy({ ...answers, services: [id] }, "2026-05-01");
      const lines = text.split("\n");
      const start = lines.indexOf("    # purposes:");
      expect(start, id).toBeGreaterThan(0);
      let end = start + 1;
      while (lines[end]?.startsWith("    #   ")) end++;
      const uncommented = [...lines.slice(0, start), ...lines.slice(start, end).map((line) => `    ${line.slice(6)}`), ...lines.slice(end)].join(
        "\n",
      );
      const loaded = load(uncommented);
      expect(loaded.issues.filter((issue) => issue.code !== "unconfirmed-fact").map(formatIssue), id).toEqual([]);
      expect(loaded.success).toBe(true);
      if (!loaded.success) return;
      const written = (parse(uncommented) as { services: { purposes?: unknown[] }[] }).services[0]?.purposes;
      expect(written, id).toHaveLength(catalog[id].activities?.purposes.length ?? 0);
      expect(
        loaded.policy.services[0]?.purposes.map(({ purpose, legalBasis, legitimateInterest }) => ({ purpose, legalBasis, legitimateInterest })),
      ).toEqual(
        catalog[id].activities?.purposes.map(({ purpose, legalBasis, legitimateInterest }) => ({
          purpose,
          legalBasis,
          // The starter policy writes the catalog's text in the policy's languages only.
          legitimateInterest:
            legitimateInterest === undefined || typeof legitimateInterest === "string"
              ? legitimateInterest
              : Object.fromEntries(answers.locales.map((locale) => [locale, legitimateInterest[locale]])),
        })),
      );
    }
  });

  it("depends on nothing but its arguments", () => {
    const input = { ...answers, services: ["zoom", "stripe"] as CatalogId[] };
    expect(starterPolicy(input, "2026-05-01")).toBe(starterPolicy(input, "2026-05-01"));
  });
});
