import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ruleCodes } from "../rule-codes.js";
import { policyRules } from "./index.js";

const docs = new URL("../../../../../docs/rules/", import.meta.url);

describe("the rules' documentation pages (docs/rules)", () => {
  it("list every rule, in the order of ruleCodes, and the rules are those codes", () => {
    expect(policyRules.map((rule) => rule.code)).toEqual([...ruleCodes]);
    const index = readFileSync(new URL("README.md", docs), "utf8");
    expect([...index.matchAll(/^- \[`([a-z-]+)`\]\(([a-z-]+)\.md\)$/gm)].map(([, code, page]) => code === page && code)).toEqual([...ruleCodes]);
  });

  it.each(policyRules.map((rule) => [rule.code, rule] as const))(
    "%s: what, why, example and fix, with the rule's severity and source",
    (code, rule) => {
      const page = readFileSync(new URL(`${code}.md`, docs), "utf8");
      expect(page.startsWith(`# \`${code}\`\n\n**Severity:** ${rule.severity}. **Source:** ${rule.source}\n`)).toBe(true);
      expect([...page.matchAll(/^## (.+)$/gm)].map(([, heading]) => heading)).toEqual(["What", "Why", "Example", "Fix"]);
    },
  );
});
