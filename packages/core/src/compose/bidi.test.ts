import { describe, expect, it } from "vitest";
import { isolateDirection } from "./bidi.js";
import { compose } from "./compose.js";
import { plain } from "./inline.js";
import { contractOnly } from "../../test/fixtures/compose/policies.js";

const FSI = "\u2068";
const PDI = "\u2069";
const RLO = "\u202E";
const PDF = "\u202C";

describe("isolateDirection", () => {
  it("leaves text without directional characters as it is", () => {
    expect(isolateDirection("Bäckerei Mohnblume GmbH")).toBe("Bäckerei Mohnblume GmbH");
  });

  it("fences a right-to-left override in an isolate and closes it, keeping every character", () => {
    expect(isolateDirection(`Evil ${RLO}GmbH`)).toBe(`${FSI}Evil ${RLO}GmbH${PDF}${PDI}`);
  });

  it("closes isolates the value opens and leaves balanced ones alone", () => {
    expect(isolateDirection("a\u2067b")).toBe(`${FSI}a\u2067b${PDI}${PDI}`);
    expect(isolateDirection("a\u2067b\u2069")).toBe(`${FSI}a\u2067b\u2069${PDI}`);
  });
});

describe("a controller name with a right-to-left override", () => {
  it("cannot reverse the sentence it stands in: the name is isolated in the composed text", () => {
    const policy = contractOnly();
    const hostile = { ...policy, controller: { ...policy.controller, name: `Evil${RLO} GmbH` } };
    const document = compose(hostile, { locale: "en" });
    const intro = plain(document.sections[0]!.content[0]!.type === "paragraph" ? document.sections[0]!.content[0]!.children : []);
    expect(intro).toContain(`${FSI}Evil${RLO} GmbH${PDF}${PDI}`);
    expect(document.meta.controller).toBe(`Evil${RLO} GmbH`);
  });
});
