import { readFileSync } from "node:fs";
import { catalog } from "@policy/catalog";
import { loadPolicy } from "@policy/core";
import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { examplePath, keys, press } from "../test/helpers.js";
import { renderViewer } from "../test/render-viewer.js";

afterEach(cleanup);

/** The example under the CCPA too: its document has a section for California residents. */
function californiaPolicy() {
  const source = parse(readFileSync(examplePath, "utf8"));
  source.jurisdictions = ["gdpr", "ccpa"];
  source.rightsContact = { email: "privacy@lindenberg-ohm.example", phone: "+1 800 555 0100" };
  source.california = { thresholds: ["revenue"], sellsUnder16: false };
  for (const service of source.services) service.california = "neither";
  return loadPolicy(stringify(source), { filename: "california.yaml", catalog });
}

describe("the section for California residents in the viewer", () => {
  it("is a section of the list like any other, its parts in its text; in German, the section pointing to the English text", async () => {
    const { stdin, screen } = await renderViewer({ policy: californiaPolicy(), rows: 40 });
    expect(screen()).toContain("  Your California privacy");
    for (let i = 0; i < 40 && !screen().includes("› Your California privacy"); i++) await press(stdin, "j");
    await press(stdin, keys.enter);
    expect(screen()).toContain("The personal information we collect");
    await press(stdin, "l");
    for (let i = 0; i < 50 && !screen().includes("Informationen für Verbraucherinnen"); i++) await press(stdin, "j");
    expect(screen()).toContain("Informationen für Verbraucherinnen");
  });
});
