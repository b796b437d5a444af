import { describe, expect, it } from "vitest";
import { findings, service } from "../../../test/fixtures/check/findings.js";

describe("placeholder-text", () => {
  it("fails a to-do, a template's blank, dummy text and a text of dots, each at its place", () => {
    const unfinished = {
      ...service,
      description: "TODO: describe the shop",
      purposes: [{ purpose: "essential.service" as const, legalBasis: "A6-1-b" as const, description: "Lorem ipsum dolor sit amet." }],
      provision: { requirement: "contractual" as const, consequences: "..." },
    };
    const found = findings("placeholder-text", [unfinished], {
      controller: { name: "[Company name]", address: { street: "Hauptstraße 1", city: "Berlin", country: "DE" } } as never,
    });
    expect(found.map(({ severity, path, message }) => ({ severity, path, message }))).toEqual([
      {
        severity: "error",
        path: "controller.name",
        message:
          '"[Company name]" is a placeholder: write the text readers should see (Art. 12(1) GDPR (concise, transparent, intelligible information) and Art. 13 GDPR)',
      },
      { severity: "error", path: "services[0].description", message: expect.stringMatching(/^"TODO" is a placeholder/) },
      { severity: "error", path: "services[0].purposes[0].description", message: expect.stringMatching(/^"Lorem ipsum" is a placeholder/) },
      { severity: "error", path: "services[0].provision.consequences", message: expect.stringMatching(/^"\.\.\." is a placeholder/) },
    ]);
    const german = { ...service, description: { de: "Beschreibung folgt [Ihr Text]" } };
    expect(findings("placeholder-text", [german], { locales: ["de"] }).map(({ path }) => path)).toEqual(["services[0].description.de"]);
  });

  it("passes ordinary text: lower case, brackets without a request for input, and a text that merely ends in dots", () => {
    const plain = {
      ...service,
      description: "Our to-do lists [for staff] stay in the EU, and so on...",
      purposes: [{ purpose: "essential.service" as const, legalBasis: "A6-1-b" as const, description: "We take your order (see our terms)." }],
    };
    expect(findings("placeholder-text", [plain])).toEqual([]);
  });
});
