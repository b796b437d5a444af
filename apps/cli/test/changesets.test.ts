import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { publishedPackages } from "./packaging/workspace-packages.js";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const folder = join(repoRoot, ".changeset");
const files = readdirSync(folder).filter((name) => name.endsWith(".md") && name !== "README.md");

/** A changeset's front matter: the packages it releases, each with its bump. */
function releases(text: string): string[] | undefined {
  const match = /^---\n((?:"@policy\/[a-z-]+": (?:major|minor|patch)\n)+)---\n\n\S/.exec(text);
  return match?.[1]?.trim().split("\n");
}

describe("the changesets", () => {
  it.each(files)("%s starts with front matter changesets can read, naming published packages", (file) => {
    const found = releases(readFileSync(join(folder, file), "utf8"));
    expect(found, `${file} has no front matter of the form ---, "@policy/name": minor, ---`).toBeDefined();
    const names = new Set(publishedPackages(repoRoot).map((each) => each.manifest.name));
    for (const release of found ?? []) expect(names.has(release.slice(1, release.indexOf('"', 1))), release).toBe(true);
  });

  it("release every published package", () => {
    const released = new Set(
      files.flatMap((file) => (releases(readFileSync(join(folder, file), "utf8")) ?? []).map((release) => release.slice(1, release.indexOf('"', 1)))),
    );
    expect(
      publishedPackages(repoRoot)
        .map((each) => each.manifest.name)
        .filter((name) => !released.has(name)),
    ).toEqual([]);
  });
});
