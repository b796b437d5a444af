import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { policyJsonSchema } from "./json-schema.js";
import { HttpUrlSchema, httpUrlPattern } from "./model/scalars.js";

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
    expect(purpose?.legalBasis?.enum).toEqual(["A6-1-a", "A6-1-b", "A6-1-c", "A6-1-d", "A6-1-e", "A6-1-f", "A6-1-ea"]);
    expect(defs.Service?.description).toContain("processing activity");
    expect(defs.Party?.properties?.name?.description).toContain("legal name");
  });

  it("leaves defaulted fields optional, since it describes what people write", () => {
    const policy = (schema.$defs as Record<string, { required?: string[] }>).Policy;
    expect(policy?.required).toEqual(["meta", "controller", "services"]);
  });
});

describe("the http(s) URL fields of policy.schema.json", () => {
  const schema = policyJsonSchema();
  const defs = schema.$defs as Record<string, { pattern?: string; format?: string }>;
  const pattern = defs.HttpUrl?.pattern ?? "";
  // Without the u flag, as the simplest JSON Schema validators read a pattern; ajv and editors add it.
  const readers = [new RegExp(pattern), new RegExp(pattern, "u")];
  const editorTakes = (url: string) => readers.map((reader) => reader.test(url));
  const validatorTakes = (url: string) => HttpUrlSchema.safeParse(url).success;

  it("all refer to one definition, whose pattern is the one the model writes", () => {
    expect(pattern).toBe(httpUrlPattern);
    expect(JSON.stringify(schema).match(/"format":"uri"/g)).toHaveLength(1);
    expect(JSON.stringify(schema)).toContain(
      '"consentSettingsUrl":{"description":"Where people change or withdraw their consent.","$ref":"#/$defs/HttpUrl"}',
    );
  });

  it("refuses javascript: and ftp:, as the validator does", () => {
    for (const url of ["javascript:alert(1)", "JavaScript:alert(1)", "ftp://files.example.com/", "data:text/html,x", "//example.com/"]) {
      expect(editorTakes(url), url).toEqual([false, false]);
      expect(validatorTakes(url), url).toBe(false);
    }
  });

  it("takes http and https in any case, and refuses a user name or password, control characters and spaces at either end, as the validator does", () => {
    const samples: readonly [string, boolean][] = [
      ["https://example.com", true],
      ["HTTPS://Example.COM/Privacy?x=1#top", true],
      ["http://example.com:8080/a b/c", true],
      ['https://example.com/a"b<c>\\d', true],
      ["https://example.com/@team", true],
      ["https://www.datenschutz-berlin.de@evil.example/phish", false],
      ["https://user:secret@example.com/", false],
      ["https://\\\\user@example.com/", false],
      ["https://exa\tmple.com/", false],
      ["https://example.com/\n", false],
      [" https://example.com/", false],
      ["https://example.com/ ", false],
      ["https:example.com", false],
      ["https:///path", false],
    ];
    for (const [url, valid] of samples) {
      expect(editorTakes(url), url).toEqual([valid, valid]);
      expect(validatorTakes(url), url).toBe(valid);
    }
  });

  it("refuses every invisible format character of the Basic Multilingual Plane, and only those, where the validator does", () => {
    const disagree: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue; // half of a pair, not a character
      const url = `https://example.com/a${String.fromCharCode(code)}b`;
      const editor = editorTakes(url);
      if (editor[0] !== validatorTakes(url) || editor[1] !== editor[0]) disagree.push(`U+${code.toString(16).toUpperCase().padStart(4, "0")}`);
    }
    expect(disagree).toEqual([]);
    expect(editorTakes("https://example.com/a\u202Eb")).toEqual([false, false]);
  });
});
