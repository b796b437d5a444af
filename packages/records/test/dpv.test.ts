import { readFileSync } from "node:fs";
import { catalog } from "@policy/catalog";
import { loadPolicy, type Policy } from "@policy/core";
import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import { toDpv } from "../src/index.js";

const example = (): Policy =>
  loadPolicy(readFileSync(new URL("../../../apps/example/policy.yaml", import.meta.url), "utf8"), { filename: "policy.yaml", catalog });
const terms = new Set(
  readFileSync(new URL("fixtures/dpv/dpv-2.3-terms.txt", import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line !== ""),
);
const DPV_NAMESPACES = ["https://w3id.org/dpv#", "https://w3id.org/dpv/pd#", "https://w3id.org/dpv/legal/eu/gdpr#", "https://w3id.org/dpv/loc#"];

/** Every IRI in an expanded JSON-LD document: properties, types and node references. */
function iris(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) iris(item, found);
  else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "@type") for (const type of [child].flat()) found.add(type as string);
      else if (key === "@id") found.add(child as string);
      else if (!key.startsWith("@")) found.add(key);
      iris(child, found);
    }
  }
  return found;
}

describe("toDpv", () => {
  it("expands, with a JSON-LD processor, to IRIs that all exist in DPV 2.3", async () => {
    const expanded = await jsonld.expand(toDpv(example(), { base: "https://lindenberg-ohm.example/privacy" }) as jsonld.JsonLdDocument);
    const used = [...iris(expanded)].filter((iri) => DPV_NAMESPACES.some((namespace) => iri.startsWith(namespace)));
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((iri) => !terms.has(iri))).toEqual([]);
  });

  it("describes each service as a dpv:Process with its purposes, legal bases, data, subjects, provider, storage and transfers", async () => {
    const graph = (await jsonld.expand(toDpv(example(), { base: "https://lindenberg-ohm.example/privacy" }) as jsonld.JsonLdDocument)) as Record<
      string,
      unknown
    >[];
    const zoom = graph.find((node) => node["@id"] === "https://lindenberg-ohm.example/privacy#service-video-meetings");
    expect(zoom?.["@type"]).toEqual(["https://w3id.org/dpv#Process"]);
    const ids = (key: string) => ((zoom?.[`https://w3id.org/dpv#${key}`] ?? []) as { "@id": string }[]).map((node) => node["@id"]);
    expect(ids("hasLegalBasis")).toEqual(["https://w3id.org/dpv/legal/eu/gdpr#A6-1-b", "https://w3id.org/dpv/legal/eu/gdpr#A6-1-f"]);
    expect(ids("hasPersonalData")).toContain("https://w3id.org/dpv/pd#EmailAddress");
    expect(ids("hasDataController")).toEqual(["https://lindenberg-ohm.example/privacy#controller"]);
    expect(ids("hasDataProcessor")).toEqual(["https://lindenberg-ohm.example/privacy#provider-zoom-communications-inc"]);
    const transfer = (zoom?.["https://w3id.org/dpv#hasProcessing"] as Record<string, unknown>[] | undefined)?.[0];
    expect(transfer?.["@type"]).toEqual(["https://w3id.org/dpv#CrossBorderTransfer"]);
    expect(transfer?.["https://w3id.org/dpv#hasThirdCountry"]).toEqual([{ "@id": "https://w3id.org/dpv/loc#US" }]);
    const storage = (zoom?.["https://w3id.org/dpv#hasStorageCondition"] as Record<string, unknown>[] | undefined)?.[0];
    expect(storage?.["https://w3id.org/dpv#hasDuration"]).toEqual([{ "@value": "P30D" }]);
  });
});

describe("toDpv addresses", () => {
  it("gives each party's address on one line as its country writes it, the country named in English", () => {
    const graph = toDpv(example())["@graph"] as Record<string, unknown>[];
    const address = (id: string) => graph.find((node) => node["@id"] === id)?.["dpv:hasAddress"];
    expect(address("#controller")).toBe("Oranienstraße 183, 10999 Berlin, Germany");
    expect(address("#provider-zoom-communications-inc")).toBe("55 Almaden Blvd, Suite 600, San Jose, CA 95113, United States");
  });
});

describe("toDpv and unconfirmed facts", () => {
  it("states neither an address nor a processor role the provider's documents do not confirm", async () => {
    const text = readFileSync(new URL("../../../apps/example/policy.yaml", import.meta.url), "utf8");
    const policy = loadPolicy(text, { filename: "policy.yaml", catalog });
    const [service] = policy.services;
    const unsure = {
      ...policy,
      services: [
        {
          ...service!,
          processor: {
            ...service!.processor!,
            unconfirmed: [
              { fact: "entity.address", note: "not in its documents" },
              { fact: "role", note: "not in its documents" },
            ],
          },
        },
      ],
    } as Policy;
    const graph = toDpv(unsure)["@graph"] as Record<string, unknown>[];
    const provider = graph.find((node) => String(node["@id"]).startsWith("#provider-"));
    expect(provider).toEqual({ "@id": "#provider-zoom-communications-inc", "@type": "dpv:Recipient", "dpv:hasName": "Zoom Communications, Inc." });
  });
});
