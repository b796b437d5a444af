import { describe, expect, it } from "vitest";
import { policy, service } from "../../test/fixtures/validate/yaml-policy.js";
import { safeLoadPolicy } from "./load-policy.js";

const load = (text: string) => safeLoadPolicy(text, { filename: "policy.yaml" });

describe("a name of nothing but spaces", () => {
  it("is refused for a service, in each language, and for an inline processor", () => {
    const inline = [
      "processor:",
      "  id: own-server",
      '  name: "  "',
      "  entity: { name: Beispiel GmbH, address: { street: Hauptstraße 1, city: Berlin, country: DE } }",
      "  description: { en: Our own server., de: Unser eigener Server. }",
    ];
    const text = policy(
      "en, de",
      service("hosting", 'name: { en: " ", de: Hosting }'),
      service("server", "name: { en: Server, de: Server }", ...inline),
    );
    const result = load(text);
    expect(result.issues.map(({ code, path, line, column }) => ({ code, path, line, column }))).toEqual([
      { code: "empty", path: "services[0].name.en", line: 10, column: 17 },
      { code: "empty", path: "services[1].processor.name", line: 19, column: 13 },
    ]);
    expect(result.issues[0]?.message).toBe(
      "the service's name is only spaces, so its section would have no title: write the name readers should see, or leave name out to use the processor's",
    );
    expect(result.issues[1]?.message).toContain("the processor's name is only spaces");
    expect(load(policy("en", service("hosting", 'name: "   "'))).issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "empty", path: "services[0].name" },
    ]);
  });
});
