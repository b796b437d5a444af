import { readFileSync } from "node:fs";
import { formatIssue, safeLoadPolicy } from "@policy/core";
import { describe, expect, it } from "vitest";

const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");

describe("the README", () => {
  it("shows a policy file that is valid as written", () => {
    const yaml = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(yaml).toBeDefined();
    const result = safeLoadPolicy(yaml ?? "", { filename: "README.md" });
    expect(result.issues).toEqual([]);
    expect(result.success).toBe(true);
  });

  it("shows an error line that the loader really prints", () => {
    const shown = /```\n(policy\.yaml:\d+:\d+ error .*)\n```/.exec(readme)?.[1];
    const yaml = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    const broken = yaml.replace("      - user.contact.email\n", "      - user.contact.emial\n");
    const result = safeLoadPolicy(broken, { filename: "policy.yaml" });
    expect(result.success).toBe(false);
    expect(result.issues.map(formatIssue)).toEqual([shown]);
  });
});
