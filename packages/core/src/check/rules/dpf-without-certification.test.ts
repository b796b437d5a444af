import { describe, expect, it } from "vitest";
import { findings, service } from "../../../test/fixtures/check/findings.js";
import { ProcessorSchema } from "../../model/processor.js";
import type { ServiceInput } from "../../model/service.js";

const entity = { name: "Notes Inc.", address: { street: "1 Market Street", city: "San Francisco", region: "CA", country: "US" } } as const;
const certification = { frameworks: ["EU-US" as const], source: "https://www.dataprivacyframework.gov/list", checked: "2026-11-30" };
const provider = { id: "notes", name: "Notes", entity, description: "Stores our notes online." } as const;
const notes = (transfers: unknown[]): ServiceInput => ({ ...service, id: "notes", name: "Notes", processor: { ...provider, transfers } as never });

describe("dpf-without-certification", () => {
  it("fails a transfer on the Data Privacy Framework with no certification named", () => {
    expect(findings("dpf-without-certification", [notes([{ country: "US", mechanism: "EU-US-DPF" }])])).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: "services[0].processor",
        message: expect.stringContaining("covers only recipients on the Data Privacy Framework List"),
      }),
    ]);
  });

  it("fails a service's own transfer on the framework where the catalog shows the provider's US transfers on another ground", () => {
    const catalog = { notes: ProcessorSchema.parse({ ...provider, transfers: [{ country: "US", mechanism: "A46-2-c" }] }) };
    const claimed: ServiceInput = {
      ...service,
      id: "notes",
      name: "Notes",
      processor: "notes",
      transfers: [{ country: "US", mechanism: "EU-US-DPF" }],
    };
    expect(findings("dpf-without-certification", [claimed], {}, catalog)).toEqual([
      expect.objectContaining({
        path: "services[0].transfers[0].mechanism",
        message: expect.stringContaining("the catalog's facts show Notes's transfers to the US on A46-2-c, not on the Data Privacy Framework"),
      }),
    ]);
  });

  it("passes a certification with its source and date, also against the catalog, and transfers on other grounds", () => {
    expect(findings("dpf-without-certification", [notes([{ country: "US", mechanism: "EU-US-DPF", certification }])])).toEqual([]);
    const catalog = { notes: ProcessorSchema.parse({ ...provider, transfers: [{ country: "US", mechanism: "A46-2-c" }] }) };
    const seen: ServiceInput = {
      ...service,
      id: "notes",
      name: "Notes",
      processor: "notes",
      transfers: [{ country: "US", mechanism: "EU-US-DPF", certification }],
    };
    expect(findings("dpf-without-certification", [seen], {}, catalog)).toEqual([]);
    expect(findings("dpf-without-certification", [notes([{ country: "US", mechanism: "A46-2-c" }])])).toEqual([]);
  });
});
