import { describe, expect, it } from "vitest";
import { controller, shop } from "../../test/fixtures/compose/policies.js";
import { safeParsePolicy } from "./parse-policy.js";

const meta = { version: "1", effective: "2026-01-01" };
const retention = { duration: "P1Y" };

describe("a policy with errors in several stages", () => {
  const services = [
    // The shape: an unknown data category.
    { ...shop, id: "first", name: { en: "First", de: "Erster" }, data: ["user.contact.emial"], retention },
    // Beyond the shape: a processor the catalog does not have.
    { ...shop, id: "second", name: { en: "Second", de: "Zweiter" }, processor: "zooom", retention },
    // Beyond the shape: a text missing in German.
    { ...shop, id: "third", name: { en: "Third" }, retention },
  ];

  it("reports all of them in one run, each at the service as written", () => {
    const result = safeParsePolicy({ meta, locales: ["en", "de"], controller, services }, { catalog: {} });
    expect(result.success).toBe(false);
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "unknown-id", path: "services[0].data[0]" },
      { code: "unknown-processor", path: "services[1].processor" },
      { code: "missing-translation", path: "services[2].name" },
    ]);
  });

  it("reports only the shape where something outside the services is malformed, as nothing more can be checked", () => {
    const result = safeParsePolicy({ meta: { version: "1" }, locales: ["en", "de"], controller, services }, { catalog: {} });
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "missing-field", path: "meta.effective" },
      { code: "unknown-id", path: "services[0].data[0]" },
    ]);
  });
});
