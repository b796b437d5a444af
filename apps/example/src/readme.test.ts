import { readFileSync } from "node:fs";
import { compose, formatIssue, safeLoadPolicy } from "@policy/core";
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

describe("the README's policy, for a company elsewhere that names no authority and no jurisdictions", () => {
  const yaml = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
  const cookie = [
    "deviceAccess:",
    "  - name: lang",
    "    purpose: { en: Remembers your language., de: Merkt sich Ihre Sprache. }",
    "    duration: P1Y",
    "    party: first",
    "    ground: strictly-necessary",
    "",
  ].join("\n");

  it.each([
    [
      "Graz",
      '{ street: Herrengasse 1, postalCode: "8010", city: Graz, country: AT }',
      "Österreichische Datenschutzbehörde",
      "Unbedingt erforderlich (§ 165 Abs. 3 TKG 2021)",
    ],
    [
      "Manchester",
      "{ street: Albert Square, postalCode: M60 2LA, city: Manchester, country: GB }",
      "So beschweren Sie sich beim ICO (auf Englisch): ",
      "Unbedingt erforderlich (PECR, Schedule A1, Paragraph 4)",
    ],
    [
      "Basel",
      '{ street: Freie Strasse 1, postalCode: "4001", city: Basel, country: CH }',
      "Der Eidgenössische Datenschutz- und Öffentlichkeitsbeauftragte",
      "Information und Ablehnungsrecht (Art. 45c Bst. b FMG)",
    ],
    [
      "Hamburg",
      '{ street: Mönckebergstraße 1, postalCode: "20095", city: Hamburg, country: DE }',
      "Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit",
      "Unbedingt erforderlich (§ 25 Abs. 2 Nr. 2 TDDDG)",
    ],
  ])("in %s names the authority and the cookie rule of its seat", (_, address, authority, cookieRule) => {
    const elsewhere = `${yaml
      .replace(/^jurisdictions: .*\n/m, "")
      .replace(/address: \{ street: Hauptstraße 1, postalCode: "10115", city: Berlin, country: DE \}/, `address: ${address}`)}${cookie}`;
    const result = safeLoadPolicy(elsewhere, { filename: "policy.yaml" });
    expect(result.issues).toEqual([]);
    if (!result.success) return;
    const text = JSON.stringify(compose(result.policy, { locale: "de" }));
    expect(text).toContain(authority);
    expect(text).toContain(cookieRule);
  });
});
