import { readFileSync } from "node:fs";
import { catalog } from "@policy/catalog";
import { safeLoadPolicy } from "@policy/core";
import { describe, expect, it } from "vitest";
import { loadPolicyText } from "./load-policy-file.js";

const example = readFileSync(new URL("../../example/policy.yaml", import.meta.url), "utf8");

/**
 * What the whole catalog gives: loadPolicyText, which loads only the entries named, must give the
 * same. (In an object without a prototype, as loadPolicyText hands it to core, so that an id such
 * as "constructor" is no entry.)
 */
async function expectAsWithWholeCatalog(text: string): Promise<void> {
  const input = { name: "policy.yaml", path: "policy.yaml", text };
  const loaded = await loadPolicyText(input);
  const whole = safeLoadPolicy(text, { filename: "policy.yaml", catalog: Object.assign(Object.create(null) as typeof catalog, catalog) });
  expect(loaded.issues).toEqual(whole.issues);
  expect(loaded.policy).toEqual(whole.success ? whole.policy : undefined);
}

describe("loadPolicyText", () => {
  it("resolves the entries a policy names as the whole catalog does", async () => {
    expect(example).toContain("processor: zoom");
    await expectAsWithWholeCatalog(example);
  });

  it("suggests an entry for a typo, from the whole catalog", async () => {
    const text = example.replace("processor: zoom", "processor: zom");
    const { issues } = await loadPolicyText({ name: "policy.yaml", path: "policy.yaml", text });
    expect(issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: "unknown-processor", path: "services[0].processor", suggestion: "zoom" })]),
    );
    await expectAsWithWholeCatalog(text);
  });

  it("finds an entry its scan of the text does not see (an escape, an alias)", async () => {
    await expectAsWithWholeCatalog(example.replace("processor: zoom", 'processor: "\\x7Aoom"'));
    await expectAsWithWholeCatalog(
      example.replace("processor: zoom", "processor: &provider zoom").replace("processor: hetzner", "processor: *provider"),
    );
  });

  it("does not import what is not an entry id, and finds no entry in an object's own names", async () => {
    await expectAsWithWholeCatalog(example.replace("processor: zoom", "processor: ../../core/dist/index"));
    const text = example.replace("processor: zoom", "processor: constructor");
    const { issues } = await loadPolicyText({ name: "policy.yaml", path: "policy.yaml", text });
    expect(issues).toEqual(expect.arrayContaining([expect.objectContaining({ code: "unknown-processor", path: "services[0].processor" })]));
    await expectAsWithWholeCatalog(text);
  });
});
