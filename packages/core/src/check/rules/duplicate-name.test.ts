import { describe, expect, it } from "vitest";
import { policy, service } from "../../../test/fixtures/validate/yaml-policy.js";
import { ProcessorSchema } from "../../model/processor.js";
import { formatIssue } from "../../validate/issue.js";
import { safeLoadPolicy } from "../../validate/load-policy.js";

const zoom = ProcessorSchema.parse({
  id: "zoom",
  name: "Zoom",
  entity: { name: "Zoom Communications, Inc.", address: { street: "55 Almaden Blvd", city: "San Jose", country: "US" } },
  description: { en: "Video meetings.", de: "Videokonferenzen." },
  retention: { until: { en: "the account is deleted", de: "das Konto gelöscht wird" } },
  transfers: [{ country: "US", mechanism: "EU-US-DPF" }],
});

const load = (text: string) => safeLoadPolicy(text, { filename: "policy.yaml", catalog: { zoom } });
const codesAndPaths = (text: string) => load(text).issues.map(({ code, path }) => ({ code, path }));

describe("services with the same name", () => {
  it("are refused at the second service, with the file, line, column and path, and why", () => {
    const text = policy(
      "en",
      service("meetings", "processor: zoom"),
      service("contact-form", "name: Contact form"),
      service("hosting", "name: Hosting"),
      service("webinars", 'name: " zoom "'),
    );
    const result = load(text);
    expect(result.success).toBe(false);
    expect(result.issues.map(formatIssue)).toEqual([
      'policy.yaml:27:5 error services[3]: the service\'s name "zoom" is already used by services[0]: readers and screen readers could not tell the two apart, since both sections and both entries in the contents would have the same title. Give one of them a name of its own (name: ...) (Art. 12(1) GDPR (intelligible and easily accessible form); WCAG 2.2, Success Criterion 2.4.6) (duplicate-name)',
    ]);
    expect(text.split("\n")[26]).toBe("  - id: webinars");
  });

  it("are compared in any case and with any spacing", () => {
    const text = policy("en", service("analytics", 'name: "Google  Analytics"'), service("tags", "name: google analytics "));
    expect(codesAndPaths(text)).toEqual([{ code: "duplicate-name", path: "services[1]" }]);
    const different = policy("en", service("analytics", "name: Google Analytics"), service("tags", "name: GoogleAnalytics"));
    expect(load(different).success).toBe(true);
  });

  it("take the processor's name where a service has none, as the document does", () => {
    const text = policy("en", service("meetings", "processor: zoom"), service("webinars", "processor: zoom"));
    expect(load(text).issues.map(({ code, path, message }) => ({ code, path, message }))).toEqual([
      { code: "duplicate-name", path: "services[1]", message: expect.stringContaining('the service\'s name "Zoom" is already used by services[0]') },
    ]);
    const named = policy("en", service("meetings", "processor: zoom"), service("webinars", "processor: zoom", "name: Zoom webinars"));
    expect(load(named).success).toBe(true);
  });

  it("are compared in each of the policy's languages, and the message names the languages", () => {
    const text = policy(
      "en, de",
      service("hosting", "name: { en: Hosting, de: Hosting der Website }"),
      service("servers", "name: { en: hosting, de: Server }"),
      service("mail", "name: { en: E-mail, de: Hosting der Website }"),
    );
    expect(load(text).issues.map(({ code, path, message }) => ({ code, path, message }))).toEqual([
      {
        code: "duplicate-name",
        path: "services[1]",
        message: expect.stringMatching(
          /^the service's name "hosting" \(en\) is already used by services\[0\]: .* \(name: \{ en: \.\.\., de: \.\.\. \}\) \(Art\. 12\(1\) GDPR .*\)$/,
        ),
      },
      {
        code: "duplicate-name",
        path: "services[2]",
        message: expect.stringContaining('the service\'s name "Hosting der Website" (de) is already used by services[0]'),
      },
    ]);
    // The same name in two different languages is two different titles.
    const crossed = policy(
      "en, de",
      service("hosting", "name: { en: Hosting, de: Kontakt }"),
      service("contact", "name: { en: Kontakt, de: Hosting }"),
    );
    expect(load(crossed).success).toBe(true);
  });

  it("are reported once for two services with the same id and no name, as a duplicate id", () => {
    const text = policy("en", service("contact-form"), service("contact-form"));
    expect(codesAndPaths(text)).toEqual([{ code: "duplicate-id", path: "services[1].id" }]);
  });

  it("are not compared where the name is not known: a processor missing from the catalog", () => {
    const text = policy("en", service("meetings", "processor: zoom"), service("webinars", "processor: zooom", "name: Zoom"));
    expect(codesAndPaths(text)).toEqual([
      { code: "duplicate-name", path: "services[1]" },
      { code: "unknown-processor", path: "services[1].processor" },
    ]);
    const unknownOnly = policy("en", service("meetings", "name: Zoom"), service("webinars", "processor: zooom"));
    expect(codesAndPaths(unknownOnly)).toEqual([{ code: "unknown-processor", path: "services[1].processor" }]);
  });
});
