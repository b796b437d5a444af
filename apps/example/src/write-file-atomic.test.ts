import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeFileAtomic } from "./write-file-atomic.js";
import { renderedPath } from "./render.js";

const directories: string[] = [];
const directory = () => {
  const created = mkdtempSync(join(tmpdir(), "policy-example-"));
  directories.push(created);
  return created;
};
afterEach(() => directories.splice(0).forEach((created) => rmSync(created, { recursive: true, force: true })));

describe("writeFileAtomic", () => {
  it("writes a new file and replaces an old one, leaving no temporary file behind", () => {
    const target = join(directory(), "policy.en.md");
    writeFileAtomic(target, "first");
    writeFileSync(target, "old");
    writeFileAtomic(target, "second");
    expect(readFileSync(target, "utf8")).toBe("second");
    expect(readdirSync(join(target, ".."))).toEqual(["policy.en.md"]);
  });

  it("throws, and leaves no temporary file, when the write fails", () => {
    const folder = directory();
    const target = join(folder, "missing", "policy.en.md");
    expect(() => writeFileAtomic(target, "text")).toThrow(/ENOENT/);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe("renderedPath", () => {
  it("puts each language in a folder beside the policy, never on the policy itself", () => {
    expect(renderedPath("apps/example/policy.yaml", "de")).toBe(join("apps/example", "rendered", "policy.de.md"));
    expect(renderedPath("policy.json", "en")).toBe(join("rendered", "policy.en.md"));
  });
});
