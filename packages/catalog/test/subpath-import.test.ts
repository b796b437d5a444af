import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const packageRoot = fileURLToPath(new URL("..", import.meta.url));
const tracer = fileURLToPath(new URL("fixtures/trace-loads.mjs", import.meta.url));
const dist = pathToFileURL(join(packageRoot, "dist")).href;

/** The files of the built package that `import(specifier)` loads, as paths inside dist/. */
function filesLoadedBy(specifier: string): string[] {
  const directory = mkdtempSync(join(tmpdir(), "policy-catalog-trace-"));
  const traceFile = join(directory, "trace.txt");
  try {
    execFileSync(
      process.execPath,
      ["--import", pathToFileURL(tracer).href, "--input-type=module", "-e", `await import(${JSON.stringify(specifier)});`],
      {
        cwd: packageRoot,
        env: { ...process.env, TRACE_FILE: traceFile },
      },
    );
    const urls = readFileSync(traceFile, "utf8").trim().split("\n");
    return urls.filter((url) => url.startsWith(`${dist}/`)).map((url) => url.slice(dist.length + 1));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

describe("subpath imports of the built package", () => {
  it("load only the one entry: @policy/catalog/zoom touches dist/processors/zoom.js and nothing else of the catalog", () => {
    expect(filesLoadedBy("@policy/catalog/zoom")).toEqual(["processors/zoom.js"]);
  });

  it("while the package root loads every entry", () => {
    const loaded = filesLoadedBy("@policy/catalog");
    expect(loaded).toContain("index.js");
    expect(loaded).toContain("processors/zoom.js");
    expect(loaded).toContain("processors/hetzner.js");
  });
});
