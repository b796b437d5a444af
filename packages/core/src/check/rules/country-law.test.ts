import { describe, expect, it } from "vitest";
import { controller, shop } from "../../../test/fixtures/compose/policies.js";
import { safeParsePolicy } from "../../validate/parse-policy.js";

function issues(country: string, extra: Record<string, unknown> = {}) {
  const result = safeParsePolicy({
    meta: { version: "1", effective: "2026-01-01" },
    locales: ["de"],
    controller: { ...controller, address: { ...controller.address, country } },
    services: [{ ...shop, name: "Onlineshop", retention: { duration: "P10Y" } }],
    ...extra,
  });
  expect(result.success).toBe(true);
  return result.issues.filter((issue) => issue.code === "jurisdiction-mismatch" || issue.code === "missing-representative");
}

function authorityIssues(address: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const result = safeParsePolicy({
    meta: { version: "1", effective: "2026-01-01" },
    locales: ["de"],
    controller: { ...controller, address },
    services: [{ ...shop, name: "Onlineshop", retention: { duration: "P10Y" } }],
    ...extra,
  });
  expect(result.success).toBe(true);
  return result.issues.filter((issue) => issue.code === "missing-supervisory-authority");
}

describe("tdddg for a controller outside Germany", () => {
  it("is a warning at the jurisdiction, naming the controller's country", () => {
    expect(issues("AT", { jurisdictions: ["gdpr", "tdddg"] })).toEqual([
      expect.objectContaining({
        code: "jurisdiction-mismatch",
        severity: "warning",
        path: "jurisdictions[1]",
        message: expect.stringContaining("the controller is in AT"),
      }),
    ]);
  });

  it("is no warning for a controller in Germany", () => {
    expect(issues("DE", { jurisdictions: ["gdpr", "tdddg"] })).toEqual([]);
  });
});

describe("a controller outside the EU/EEA", () => {
  it("without a representative in the Union is warned, at its country (Art. 27 GDPR)", () => {
    expect(issues("US")).toEqual([
      expect.objectContaining({
        code: "missing-representative",
        severity: "warning",
        path: "controller.address.country",
        message: expect.stringMatching(
          /^the controller is in US, outside the EU\/EEA: .* \(representative, Art\. 27 GDPR\), or say why you need none/,
        ),
      }),
    ]);
  });

  it("is not warned with a representative, or with an exemption of Art. 27(2)", () => {
    const representative = { name: "EU Rep Ltd", address: { street: "1 Quay", city: "Dublin", country: "IE" } };
    expect(issues("US", { representative })).toEqual([]);
    expect(issues("US", { representativeExemption: "A27-2-a" })).toEqual([]);
    expect(issues("NO")).toEqual([]);
  });
});

describe("a policy that names no supervisory authority", () => {
  it("is warned where the German Land cannot be told, at the controller's address, asking for land", () => {
    expect(authorityIssues({ street: "Lange Straße 1", postalCode: "34346", city: "Hann. Münden", country: "DE" })).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: "controller.address",
        message: expect.stringContaining("give it as controller.address.land"),
      }),
    ]);
  });

  it("is warned where our data knows the authority only from a third party's list", () => {
    expect(authorityIssues({ street: "Rua Augusta 1", postalCode: "1100-048", city: "Lisboa", country: "PT" })).toEqual([
      expect.objectContaining({ message: expect.stringContaining("we know the authority for PT only from a third party's list") }),
    ]);
  });

  it("is not warned where the seat decides a confirmed authority, or where the policy names one", () => {
    expect(authorityIssues({ street: "Mohngasse 7", postalCode: "1070", city: "Wien", country: "AT" })).toEqual([]);
    expect(authorityIssues({ street: "Lange Straße 1", postalCode: "34346", city: "Hann. Münden", country: "DE", land: "NI" })).toEqual([]);
    expect(authorityIssues({ street: "1 rue de Rivoli", postalCode: "75001", city: "Paris", country: "FR" })).toEqual([]);
    const named = { name: "Some Authority", address: { street: "Rua 1", city: "Lisboa", country: "PT" } };
    expect(
      authorityIssues({ street: "Rua Augusta 1", postalCode: "1100-048", city: "Lisboa", country: "PT" }, { supervisoryAuthority: named }),
    ).toEqual([]);
  });

  it("refuses a Land for an address outside Germany", () => {
    const result = safeParsePolicy({
      meta: { version: "1", effective: "2026-01-01" },
      locales: ["de"],
      controller: { ...controller, address: { street: "Mohngasse 7", city: "Wien", country: "AT", land: "BY" } },
      services: [{ ...shop, name: "Onlineshop", retention: { duration: "P10Y" } }],
    });
    expect(result.issues).toContainEqual(
      expect.objectContaining({ path: "controller.address.land", message: "land is for an address in Germany (country: DE)" }),
    );
  });
});

describe("a policy under the UK GDPR", () => {
  it("for a controller in the UK, named or not, warns of no missing authority: the text links to the regulator's complaints page", () => {
    const london = { street: "1 Fenchurch Street", postalCode: "EC3M 3BY", city: "London", country: "GB" };
    expect(authorityIssues(london)).toEqual([]);
    expect(authorityIssues(london, { jurisdictions: ["uk-gdpr"] })).toEqual([]);
  });

  it("for a controller outside the UK warns of a missing representative in the UK (Art. 27 UK GDPR)", () => {
    expect(issues("US", { jurisdictions: ["uk-gdpr"] })).toEqual([
      expect.objectContaining({
        code: "missing-representative",
        message: expect.stringMatching(/^the controller is in US, outside the UK: .*\(representative, Art\. 27 UK GDPR\)/),
      }),
    ]);
    expect(issues("GB")).toEqual([]);
  });

  it("together with the GDPR warns that the text follows one of them, at the one it leaves aside", () => {
    expect(issues("GB", { jurisdictions: ["gdpr", "uk-gdpr"] })).toEqual([
      expect.objectContaining({
        code: "jurisdiction-mismatch",
        path: "jurisdictions[0]",
        message: expect.stringContaining("for this controller that is the UK GDPR"),
      }),
    ]);
    expect(issues("DE", { jurisdictions: ["gdpr", "uk-gdpr"] })).toEqual([
      expect.objectContaining({ code: "jurisdiction-mismatch", path: "jurisdictions[1]", message: expect.stringContaining("that is the GDPR") }),
    ]);
  });
});

describe("recognised legitimate interests (A6-1-ea)", () => {
  const withBasis = (country: string) =>
    safeParsePolicy({
      meta: { version: "1", effective: "2026-01-01" },
      locales: ["en"],
      controller: { ...controller, address: { ...controller.address, country } },
      services: [
        {
          ...shop,
          name: "Shop",
          purposes: [{ purpose: "essential.service.security", legalBasis: "A6-1-ea" }],
          retention: { duration: "P10Y" },
        },
      ],
    });

  it("are a legal basis under the UK GDPR", () => {
    const result = withBasis("GB");
    expect(result.issues).toEqual([]);
    expect(result.success).toBe(true);
  });

  it("are an error in a policy under the GDPR, at the legal basis", () => {
    const result = withBasis("DE");
    expect(result.success).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "ground-not-in-law",
        severity: "error",
        path: "services[0].purposes[0].legalBasis",
        message: expect.stringContaining("A6-1-ea (recognised legitimate interests) exists only in the UK GDPR"),
      }),
    ]);
  });
});

describe("a policy under the FADP", () => {
  it("for a controller in Switzerland warns of nothing: the FDPIC is the authority, and no representative is needed", () => {
    const zurich = { street: "Limmatquai 1", postalCode: "8001", city: "Zürich", country: "CH" };
    expect(authorityIssues(zurich)).toEqual([]);
    expect(issues("CH")).toEqual([]);
  });

  it("for a controller abroad warns of a representative in Switzerland, with the four conditions of Art. 14 FADP", () => {
    expect(issues("DE", { jurisdictions: ["fadp"] })).toEqual([
      expect.objectContaining({
        code: "missing-representative",
        message: expect.stringMatching(
          /^the controller is in DE, outside Switzerland: .*large-scale, regular and high-risk.*\(representative, Art\. 14 FADP\)/,
        ),
      }),
    ]);
  });

  it("together with the GDPR is the GDPR's text with what the FADP adds: no warning, but the EU representative is asked of a Swiss controller", () => {
    expect(issues("DE", { jurisdictions: ["gdpr", "fadp"] })).toEqual([]);
    expect(issues("CH", { jurisdictions: ["fadp", "gdpr"] })).toEqual([
      expect.objectContaining({ code: "missing-representative", message: expect.stringContaining("(representative, Art. 27 GDPR)") }),
    ]);
  });

  it("together with the UK GDPR warns that only one is followed", () => {
    expect(issues("CH", { jurisdictions: ["fadp", "uk-gdpr"] })).toEqual([
      expect.objectContaining({ code: "jurisdiction-mismatch", path: "jurisdictions[1]", message: expect.stringContaining("that is the FADP") }),
    ]);
  });
});

describe("the statistics ground of a cookie", () => {
  const statistics = { name: "stats", purpose: "Counts visits.", duration: "P6M", party: "first", ground: "statistics" };
  const withStatistics = (country: string) =>
    safeParsePolicy({
      meta: { version: "1", effective: "2026-01-01" },
      locales: ["en"],
      controller: { ...controller, address: { ...controller.address, country } },
      services: [{ ...shop, name: "Shop", retention: { duration: "P10Y" }, deviceAccess: [statistics] }],
      deviceAccess: [statistics],
    });

  it("is an error under the EU's rules, at each cookie's ground", () => {
    const result = withStatistics("DE");
    expect(result.success).toBe(false);
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "ground-not-in-law", path: "deviceAccess[0].ground" },
      { code: "ground-not-in-law", path: "services[0].deviceAccess[0].ground" },
    ]);
  });

  it("is allowed under the UK's PECR, Switzerland's Art. 45c FMG and the Netherlands' art. 11.7a Telecommunicatiewet", () => {
    expect(withStatistics("GB").issues).toEqual([]);
    expect(withStatistics("CH").issues).toEqual([]);
    expect(withStatistics("NL").issues).toEqual([]);
    expect(withStatistics("AT").issues.map(({ code }) => code)).toEqual(["ground-not-in-law", "ground-not-in-law"]);
  });
});
