import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import AjvDraft04 from "ajv-draft-04";
import { describe, expect, it } from "vitest";
import { examplePolicyFile, workspace, withVagueRetention } from "./fixtures.js";
import { runPolicy } from "./run-policy.js";

const schema = JSON.parse(readFileSync(new URL("./fixtures/sarif-schema-2.1.0.json", import.meta.url), "utf8")) as object;
// ajv-draft-04 is CommonJS: the module is the default import, and its class is the module's default.
const validate = new AjvDraft04.default({ allErrors: true, strict: false }).compile(schema);

describe("policy check --format sarif", () => {
  it("prints a SARIF 2.1.0 log that the OASIS schema accepts, with a result per issue at its line", async () => {
    const dir = workspace();
    const text = withVagueRetention(readFileSync(examplePolicyFile, "utf8")).replace("      - user.contact.email\n", "      - user.contact.emial\n");
    writeFileSync(join(dir, "issues.yaml"), text);
    const result = await runPolicy(["check", "issues.yaml", "--format", "sarif"], { cwd: dir });
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout) as {
      version: string;
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string; locations: unknown[] }[] }[];
    };
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.version).toBe("2.1.0");
    const [run] = log.runs;
    expect(run!.results.map(({ ruleId, level }) => ({ ruleId, level }))).toEqual([{ ruleId: "unknown-id", level: "error" }]);
    expect(run!.results[0]!.locations).toEqual([
      { physicalLocation: { artifactLocation: { uri: "issues.yaml" }, region: { startLine: expect.any(Number), startColumn: expect.any(Number) } } },
    ]);
  });

  it("describes a compliance rule with its duty and source, and passes the schema with no issues at all", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "vague.yaml"), withVagueRetention(readFileSync(examplePolicyFile, "utf8")));
    const warned = JSON.parse((await runPolicy(["check", "vague.yaml", "--format", "sarif"], { cwd: dir })).stdout);
    expect(validate(warned), JSON.stringify(validate.errors)).toBe(true);
    expect(warned.runs[0].tool.driver.rules).toEqual([
      expect.objectContaining({ id: "retention-until-needed", properties: { source: expect.stringContaining("Art. 13(2)(a) GDPR") } }),
    ]);
    const clean = JSON.parse((await runPolicy(["check", "policy.yaml", "--format", "sarif"], { cwd: dir })).stdout);
    expect(validate(clean), JSON.stringify(validate.errors)).toBe(true);
    expect(clean.runs[0].results).toEqual([]);
  });

  it("is checked by a schema that refuses a broken log", () => {
    expect(validate({ version: "2.1.0", runs: [{ results: [] }] })).toBe(false);
  });
});
