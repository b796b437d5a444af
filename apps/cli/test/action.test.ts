import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { examplePolicyFile, workspace, withVagueRetention } from "./fixtures.js";

interface Action {
  inputs: Record<string, { description: string; default: string }>;
  runs: { using: string; steps: { shell: string; env: Record<string, string>; run: string }[] };
}

const action = parse(readFileSync(fileURLToPath(new URL("../../../action.yml", import.meta.url)), "utf8")) as Action;
const step = action.runs.steps[0]!;

const policyBin = fileURLToPath(new URL("../bin/policy.js", import.meta.url));

/** A project that has installed the command, as the action expects: node_modules/.bin/policy. */
function project(): string {
  const dir = workspace();
  mkdirSync(join(dir, "node_modules", ".bin"), { recursive: true });
  symlinkSync(policyBin, join(dir, "node_modules", ".bin", "policy"));
  return dir;
}

/** Runs the action's step as GitHub would, with these inputs, in `cwd`. */
function runStep(inputs: Record<string, string>, cwd: string) {
  const env: Record<string, string> = { PATH: process.env.PATH ?? "" };
  for (const [name, value] of Object.entries(step.env)) {
    const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(value)?.[1];
    expect(input, name).toBeDefined();
    env[name] = inputs[input!] ?? action.inputs[input!]!.default;
  }
  return spawnSync("bash", ["-e", "-c", step.run], { cwd, env, encoding: "utf8" });
}

describe("the repository's GitHub Action (action.yml)", () => {
  it("takes files, format and max-warnings, with the defaults the README gives", () => {
    expect(action.runs.using).toBe("composite");
    expect(Object.keys(action.inputs).sort()).toEqual(["files", "format", "max-warnings"]);
    expect(action.inputs.files!.default).toBe("policy.yaml");
    expect(action.inputs.format!.default).toBe("github");
    expect(action.inputs["max-warnings"]!.default).toBe("");
    // Inputs reach the script through the environment only.
    expect(step.run).not.toContain("${{");
  });

  it("runs policy check: annotations for the issues, exit 1 on too many warnings", () => {
    const dir = project();
    const vague = withVagueRetention(readFileSync(examplePolicyFile, "utf8"));
    writeFileSync(join(dir, "vague.yaml"), vague);
    const passed = runStep({ files: "policy.yaml" }, dir);
    expect(passed.status).toBe(0);
    expect(passed.stdout).toBe("");
    const warned = runStep({ files: "vague.yaml policy.yaml" }, dir);
    expect(warned.status).toBe(0);
    expect(warned.stdout).toMatch(/^::warning file=vague\.yaml,line=\d+,col=\d+,title=retention-until-needed::/);
    const strict = runStep({ files: "*.yaml", "max-warnings": "0", format: "text" }, dir);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain("1 warning in 2 files (more than the 0 warnings allowed).");
  });
});
