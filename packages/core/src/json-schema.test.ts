import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { policyJsonSchema } from "./json-schema.js";

describe("policy.schema.json", () => {
  const schema = policyJsonSchema();

  it("is the committed file (run `npm run build && npm run schema -w @policy/core` after changing a schema)", () => {
    const committed = JSON.parse(readFileSync(new URL("../policy.schema.json", import.meta.url), "utf8"));
    expect(committed).toEqual(schema);
  });

  it("offers every taxonomy id for completion and documents the fields", () => {
    const defs = schema.$defs as Record<string, { description?: string; properties?: Record<string, { description?: string; enum?: string[] }> }>;
    const purpose = defs.ProcessingPurpose?.properties;
    expect(purpose?.purpose?.enum).toContain("essential.service");
    expect(purpose?.legalBasis?.enum).toEqual(["A6-1-a", "A6-1-b", "A6-1-c", "A6-1-d", "A6-1-e", "A6-1-f"]);
    expect(defs.Service?.description).toContain("processing activity");
    expect(defs.Party?.properties?.name?.description).toContain("legal name");
  });

  it("leaves defaulted fields optional, since it describes what people write", () => {
    const policy = (schema.$defs as Record<string, { required?: string[] }>).Policy;
    expect(policy?.required).toEqual(["meta", "controller", "services"]);
  });
});
