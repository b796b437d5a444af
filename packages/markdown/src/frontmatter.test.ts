import { describe, expect, it } from "vitest";
import { frontmatter, yamlString } from "./frontmatter.js";
import { yamlHandler } from "./yaml-handler.js";

const meta = {
  title: "Privacy policy",
  language: "en",
  version: "2.1",
  effective: "2026-12-01",
  updated: "2027-01-15",
  controller: "Example GmbH",
} as const;

describe("frontmatter", () => {
  it("holds title, language, version and dates as quoted strings", () => {
    expect(frontmatter(meta)).toEqual({
      type: "yaml",
      value: 'title: "Privacy policy"\nlang: "en"\nversion: "2.1"\neffective: "2026-12-01"\nupdated: "2027-01-15"',
    });
  });

  it("prints as a --- block", () => {
    expect(yamlHandler(frontmatter(meta))).toBe(
      '---\ntitle: "Privacy policy"\nlang: "en"\nversion: "2.1"\neffective: "2026-12-01"\nupdated: "2027-01-15"\n---',
    );
  });

  it("keeps any value on its line, reading back unchanged", () => {
    const hostile = "x\"\n---\nadmin: true\r\u2028\u2029\u0085\u007f\ufeff\\ #: [a]{b} 'c' \t\u0000";
    const block = frontmatter({ ...meta, title: hostile, version: "---" }).value;
    expect(block.split("\n")).toHaveLength(5);
    const title = /^title: (.*)$/m.exec(block)?.[1] ?? "";
    expect(title).toMatch(/^"[^\n\r\u2028\u2029\u0085]*"$/);
    // JSON's escapes are YAML's, so JSON reads the value back as YAML would.
    expect(JSON.parse(title)).toBe(hostile);
  });

  it("escapes the characters YAML does not take literally", () => {
    expect(yamlString("\u2028")).toBe('"\\u2028"');
    expect(yamlString("\u0085\u007f\ufeff")).toBe('"\\u0085\\u007f\\ufeff"');
    expect(yamlString("plain: text # no comment")).toBe('"plain: text # no comment"');
  });
});
