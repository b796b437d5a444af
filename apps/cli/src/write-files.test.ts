import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFilesAtomic } from "./write-files.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "policy-write-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("writeFilesAtomic", () => {
  it("writes every file, creating folders, and leaves no temporary file", () => {
    writeFilesAtomic([
      { path: join(dir, "a.md"), content: "A\n" },
      { path: join(dir, "deep/er/b.md"), content: "B\n" },
    ]);
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe("A\n");
    expect(readFileSync(join(dir, "deep/er/b.md"), "utf8")).toBe("B\n");
    expect(readdirSync(dir).sort()).toEqual(["a.md", "deep"]);
  });

  it("replaces an existing file", () => {
    writeFileSync(join(dir, "a.md"), "old\n");
    writeFilesAtomic([{ path: join(dir, "a.md"), content: "new\n" }]);
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe("new\n");
  });

  it("changes nothing when one of the files cannot be written", () => {
    writeFileSync(join(dir, "a.md"), "old\n");
    // The second target's folder is a file, so it cannot be created.
    writeFileSync(join(dir, "blocker"), "");
    expect(() =>
      writeFilesAtomic([
        { path: join(dir, "a.md"), content: "new\n" },
        { path: join(dir, "blocker/b.md"), content: "B\n" },
      ]),
    ).toThrow(
      expect.objectContaining({
        name: "FileWriteError",
        path: join(dir, "blocker/b.md"),
        folder: join(dir, "blocker"),
        cause: expect.objectContaining({ code: "EEXIST" }),
      }),
    );
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe("old\n");
    expect(readdirSync(dir).sort()).toEqual(["a.md", "blocker"]);
  });

  it("changes nothing when a target is a folder, even one written after others", () => {
    writeFileSync(join(dir, "a.md"), "old\n");
    mkdirSync(join(dir, "b.md"));
    expect(() =>
      writeFilesAtomic([
        { path: join(dir, "a.md"), content: "new\n" },
        { path: join(dir, "b.md"), content: "B\n" },
      ]),
    ).toThrow(expect.objectContaining({ path: join(dir, "b.md"), cause: expect.objectContaining({ code: "EISDIR" }) }));
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe("old\n");
    expect(readdirSync(dir).sort()).toEqual(["a.md", "b.md"]);
  });

  it("without replace, writes a new file but never touches one that exists", () => {
    writeFilesAtomic([{ path: join(dir, "new.md"), content: "N\n" }], { replace: false });
    expect(readFileSync(join(dir, "new.md"), "utf8")).toBe("N\n");
    writeFileSync(join(dir, "a.md"), "old\n");
    expect(() => writeFilesAtomic([{ path: join(dir, "a.md"), content: "new\n" }], { replace: false })).toThrow(
      expect.objectContaining({ path: join(dir, "a.md"), folder: undefined, cause: expect.objectContaining({ code: "EEXIST" }) }),
    );
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe("old\n");
    expect(readdirSync(dir).sort()).toEqual(["a.md", "new.md"]);
  });

  it("names the folder when it is the folder that cannot be made", () => {
    writeFileSync(join(dir, "blocker"), "");
    expect(() => writeFilesAtomic([{ path: join(dir, "blocker/deeper/a.md"), content: "A\n" }])).toThrow(
      expect.objectContaining({ path: join(dir, "blocker/deeper/a.md"), folder: join(dir, "blocker/deeper") }),
    );
  });

  it("does not write through a temporary name someone left behind", () => {
    const target = join(dir, "a.md");
    mkdirSync(join(dir, `.a.md.${process.pid}.tmp`));
    expect(() => writeFilesAtomic([{ path: target, content: "A\n" }])).toThrow(
      expect.objectContaining({ cause: expect.objectContaining({ code: "EEXIST" }) }),
    );
    expect(existsSync(target)).toBe(false);
  });
});
