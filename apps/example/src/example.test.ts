import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { catalog } from "@policy/catalog";
import { policyJsonSchema, safeLoadPolicy } from "@policy/core";
import { describe, expect, it } from "vitest";

const text = readFileSync(new URL("../policy.yaml", import.meta.url), "utf8");
const result = safeLoadPolicy(text, { filename: "policy.yaml", catalog });

describe("the example policy", () => {
  it("is valid and has no warnings", () => {
    expect(result.issues).toEqual([]);
    expect(result.success).toBe(true);
  });

  it("holds video meetings through the catalog's Zoom, with every data point the consultancy needs to name", () => {
    if (!result.success) throw new Error("invalid example");
    const zoom = result.policy.services.find((service) => service.id === "video-meetings");
    expect(zoom?.processor).toBe(catalog.zoom);
    expect(zoom?.processor?.entity.name).toBe("Zoom Communications, Inc.");
    expect(zoom?.processor?.entity.address.city).toBe("San Jose");
    expect(zoom?.subjects).toEqual(["customer", "client", "business_partner", "employee"]);
    // The foundation issue's list of what Zoom processes, point by point: each must be its own item,
    // with the category it belongs to and the words the policy prints for it.
    const seed: readonly (readonly [point: string, category: string, words?: string])[] = [
      ["name", "user.name", "the name you join with"],
      ["username", "user.account.username", "Zoom user ID"],
      ["e-mail", "user.contact.email"],
      ["telephone number", "user.contact.phone_number", "dial in by phone"],
      ["IP address", "user.device.ip_address"],
      ["MAC address", "user.device.device_id", "MAC address"],
      ["other device IDs", "user.device.device_id", "hard disk ID and the computer name"],
      ["device type", "user.device", "from a desktop computer or from a smartphone or tablet"],
      ["operating system", "user.device", "the operating system"],
      ["client", "user.device", "the Zoom client you use"],
      ["camera, microphone and speaker type", "user.device", "the type of camera, microphone and speakers"],
      ["approximate location", "user.location.imprecise", "derived from the IP address"],
      ["how the service is used", "user.behavior", "from a computer or a phone, by telephone or by internet telephony, with or without video"],
      ["whether a meeting password was requested", "system.operations", "whether a meeting password was required to join"],
      ["meeting metadata", "system.operations", "the meeting's topic, its duration, when you joined and left, and whether you used the chat"],
      ["uploaded files and chat logs", "user.content.private", "files you upload and the chat log"],
    ];
    const items =
      zoom?.data.map((item) => ({
        category: item.category,
        words: typeof item.details === "object" ? (item.details.en ?? "") : (item.details ?? ""),
      })) ?? [];
    for (const [point, category, words = ""] of seed) {
      expect(
        items.some((item) => item.category === category && item.words.includes(words)),
        `${point}: no ${category} item${words === "" ? "" : ` saying "${words}"`}`,
      ).toBe(true);
    }
  });

  it("uses at least three other providers and one in-house processing", () => {
    if (!result.success) throw new Error("invalid example");
    const providers = result.policy.services.filter((service) => service.processor !== null).map((service) => service.processor?.id);
    expect(providers).toEqual(["zoom", "hetzner", "calendly", "brevo"]);
    expect(result.policy.services.filter((service) => service.processor === null).map((service) => service.id)).toEqual(["contact-form"]);
  });
});

describe("the published JSON Schema", () => {
  it("is reachable as @policy/core/policy.schema.json, as the README tells editors", () => {
    const path = createRequire(import.meta.url).resolve("@policy/core/policy.schema.json");
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual(policyJsonSchema());
  });
});

describe("the second example, a bakery in Vienna", () => {
  const bakery = safeLoadPolicy(readFileSync(new URL("../bakery.yaml", import.meta.url), "utf8"), { filename: "bakery.yaml", catalog });

  it("is valid and has no warnings", () => {
    expect(bakery.issues).toEqual([]);
    expect(bakery.success).toBe(true);
  });

  it("shows what the first does not: recipients that decide for themselves, periods per part of the data, data from others", () => {
    if (!bakery.success) throw new Error("invalid example");
    const [shop, invoice, , , , cctv] = bakery.policy.services;
    expect(shop?.recipients.map((recipient) => recipient.legalBasis)).toEqual(["A6-1-c", "A6-1-b"]);
    expect(shop?.retention?.exceptions?.[0]?.data).toEqual(["user.financial"]);
    expect(invoice?.data.find((item) => item.collected === "received")?.source).toBeDefined();
    expect(cctv?.data.map((item) => item.category)).toEqual(["user.content.self_image.video_surveillance"]);
    expect(bakery.policy.controller.name).toBe("Bäckerei Mohnblume GmbH");
  });
});

describe("the examples that name no authority and no jurisdictions", () => {
  it.each([
    ["bakery", "Österreichische Datenschutzbehörde", "(§ 165 Abs. 3 TKG 2021)", "Datenschutzgesetz (DSG)"],
    ["munich", "Bayerisches Landesamt für Datenschutzaufsicht", "§ 25 Abs. 2 Nr. 2 TDDDG", "Bundesdatenschutzgesetz (BDSG)"],
  ])("%s: its seat gives the authority, the cookie rule and the national act", (name, authority, cookieRule, act) => {
    const text = readFileSync(new URL(`../${name}.yaml`, import.meta.url), "utf8");
    expect(text).not.toMatch(/^supervisoryAuthority:|^jurisdictions:/m);
    const german = readFileSync(new URL(`../out/${name}.de.md`, import.meta.url), "utf8");
    expect(german).toContain(`Die für uns zuständige Aufsichtsbehörde ist:\n\n${authority}`);
    expect(german).toContain(act);
    expect(german).toContain(cookieRule);
  });
});

describe("the Munich example's visitor statistics, from a Matomo the studio hosts itself", () => {
  const text = readFileSync(new URL("../munich.yaml", import.meta.url), "utf8");
  const munich = safeLoadPolicy(text, { filename: "munich.yaml", catalog });
  const english = readFileSync(new URL("../out/munich.en.md", import.meta.url), "utf8");
  const german = readFileSync(new URL("../out/munich.de.md", import.meta.url), "utf8");

  it("are in-house processing: no provider, no transfer, the catalog's cookies set by the studio", () => {
    if (!munich.success) throw new Error("invalid example");
    const statistics = munich.policy.services.find((service) => service.id === "statistics");
    expect(statistics?.processor).toBeNull();
    expect(statistics?.software).toBe(catalog.matomo);
    expect(statistics?.transfers).toEqual([]);
    expect(english).toMatch(/\| \\_pk_id\.\\\* +\| Cookie \(first party\) +\| Yogaraum Isar GmbH \(Visitor statistics with Matomo\) +\|/);
  });

  it("say, in English and German, that nothing leaves the website and that Matomo's maker receives none of it", () => {
    expect(english).toContain(
      "We host Matomo ourselves, as part of our website. What it processes does not leave our website: its maker, InnoCraft Ltd, receives none of it.",
    );
    expect(german).toContain(
      "Matomo betreiben wir selbst, als Teil unserer Website. Was dabei verarbeitet wird, verlässt unsere Website nicht: Der Hersteller, die InnoCraft Ltd, erhält nichts davon.",
    );
    // InnoCraft is named only as the maker: not as a recipient, nor with its address in New Zealand.
    expect(english).not.toContain("Wellington");
    expect(german).not.toContain("Neuseeland");
  });
});

describe("the London example, which names no jurisdictions and no regulator", () => {
  const text = readFileSync(new URL("../london.yaml", import.meta.url), "utf8");
  const english = readFileSync(new URL("../out/london.en.md", import.meta.url), "utf8");
  const german = readFileSync(new URL("../out/london.de.md", import.meta.url), "utf8");

  it("is written under the UK GDPR, the Data Protection Act 2018 and PECR, in both its languages", () => {
    expect(text).not.toMatch(/^supervisoryAuthority:|^jurisdictions:/m);
    expect(english).toContain("the Data Protection Act 2018 applies where it supplements it");
    expect(english).toContain("Art. 6(1)(b) UK GDPR");
    expect(english).toContain("Strictly necessary (PECR, Schedule A1, para. 4)");
    expect(german).toContain("Art. 6 Abs. 1 lit. f UK GDPR");
    expect(german).toContain("Unbedingt erforderlich (PECR, Schedule A1, Paragraph 4)");
    for (const rendering of [english, german]) expect(rendering).not.toMatch(/(?<!UK) GDPR\b|DSGVO|ePrivacy/);
  });

  it("counts page views on PECR's statistics exception, and says how to object", () => {
    expect(english).toContain("| course_views    | Cookie (first party) |");
    expect(english).toContain("Statistics, you can object (PECR, Schedule A1)");
    expect(english).toContain("You can object at any time to the storing and reading of information for statistics (see “Contact”).");
  });

  it("sends complaints to the school first, then to the UK's regulator", () => {
    expect(english).toContain("(section 164A of the Data Protection Act 2018)");
    expect(english).toContain("How to complain to the ICO: <https://ico.org.uk/make-a-complaint/data-protection-complaints>");
  });

  it("counts data going to Estonia as a transfer on the UK's adequacy regulations, and to the US on the UK Extension", () => {
    expect(english).toContain("**Estonia** (recipient: Plausible Insights OÜ): transfers approved by UK regulations (adequacy)");
    expect(english).toContain("**United States** (recipient: Zoom Communications, Inc.): UK Extension to the EU-US Data Privacy Framework");
  });
});

describe("the Zürich example, for customers in Switzerland and in the EU", () => {
  const english = readFileSync(new URL("../out/zurich.en.md", import.meta.url), "utf8");
  const german = readFileSync(new URL("../out/zurich.de.md", import.meta.url), "utf8");

  it("is written under the GDPR and says once what the FADP adds: disclosure abroad, the rights, reporting to the FDPIC", () => {
    expect(english).toContain("For people in Switzerland, the Swiss Federal Act on Data Protection (FADP) applies as well.");
    expect(english).toContain("**For people in Switzerland: disclosure abroad under the FADP**");
    expect(english).toContain(
      "**United States** – Support calls on Zoom (recipient: Zoom Communications, Inc.): Swiss-US Privacy Framework (Art. 16 para. 1 FADP in conjunction with Annex 1 DPO)",
    );
    expect(english).toContain(
      "**Estonia** – Visitor statistics with Plausible (recipient: Plausible Insights OÜ): Adequate protection recognised by the Federal Council",
    );
    expect(english).toContain("People in Switzerland have the rights of the FADP");
    expect(english).toContain("(Art. 49 FADP): <https://www.edoeb.admin.ch/>");
  });

  it("names its representative in the EU and points to the EDPB's list, as a controller without a lead authority in the EU", () => {
    expect(english).toContain("we have appointed a representative in the EU (Art. 27 GDPR)");
    expect(english).toContain("<https://www.edpb.europa.eu/about-edpb/about-edpb/members_en>");
  });

  it("writes its German as in Switzerland: no ß in the text we write", () => {
    // The representative's Berlin street and the providers' own texts from the catalog are as given.
    const ours = german.replaceAll("Friedrichstraße", "").replaceAll(/^.*(Mailchimp-Newsletter enthält|Zoom erklärt).*$/gm, "");
    expect(ours).not.toContain("ß");
    expect(german).toContain("Für Personen in der Schweiz gilt ausserdem das schweizerische Datenschutzgesetz (DSG).");
  });
});

describe("the Oakland example, a US business under the CCPA and the GDPR", () => {
  const english = readFileSync(new URL("../out/oakland.en.md", import.meta.url), "utf8").replace(/\s+/g, " ");
  const german = readFileSync(new URL("../out/oakland.de.md", import.meta.url), "utf8");
  const loaded = safeLoadPolicy(readFileSync(new URL("../oakland.yaml", import.meta.url), "utf8"), {
    filename: "oakland.yaml",
    catalog,
    check: true,
  });

  it("uses the catalog's entries for US businesses, which name the companies a US business contracts with", () => {
    if (!loaded.success) throw new Error("invalid example");
    expect(loaded.policy.services.map((service) => [service.processor?.id, service.processor?.entity.name])).toEqual([
      ["shopify-us", "Shopify Inc."],
      ["stripe-us", "Stripe, Inc."],
      ["google-analytics-us", "Google LLC"],
      ["meta-pixel-us", "Meta Platforms, Inc."],
    ]);
  });

  it("passes every rule, and warns only of the providers' facts their documents do not confirm, which the text leaves out", () => {
    expect(loaded.success).toBe(true);
    expect(loaded.issues.map((issue) => `${issue.code} ${issue.message.split(" (")[0]}`)).toEqual([
      "unconfirmed-fact Shopify: the provider's documents do not confirm deviceAccess[0]",
      "unconfirmed-fact Stripe: the provider's documents do not confirm entity.address",
      "unconfirmed-fact Stripe: the provider's documents do not confirm deviceAccess[0].party",
      "unconfirmed-fact Stripe: the provider's documents do not confirm deviceAccess[1].party",
      "unconfirmed-fact Meta Pixel: the provider's documents do not confirm role",
    ]);
    // Shopify's one cookie is listed without the lifetime only a third-party list gives; Stripe, Inc.'s address is not
    // printed; Meta's role is not stated.
    expect(english).toMatch(/\| \\_shopify_y +\| Cookie \(not confirmed by the provider\) +\|.*\| not confirmed by the provider +\|/);
    expect(english).toContain("The provider is: Stripe, Inc.\\ United States\\ Website: <https://stripe.com/>");
    expect(english).not.toMatch(/Meta Platforms, Inc\. is (?:our processor|a controller)/);
  });

  it("renders a California section: Meta shares, the others are service providers, with the opt-out link and the signal it honours", () => {
    expect(english).toContain('## <a id="california"></a>Your California privacy rights');
    expect(english).toContain(
      "Sold or shared: Shared with Meta Platforms, Inc. (Advertising with the Meta Pixel) for cross-context behavioural advertising.",
    );
    expect(english).toContain(
      "disclosed these categories of personal information to providers who process it for us, for a business purpose (Cal. Civ. Code § 1798.115(c)(2)): - Identifiers: Shopify Inc. (Our online store on Shopify), Stripe, Inc. (Payments with Stripe) and Google LLC (Website analytics with Google Analytics)",
    );
    expect(english).toContain("[Do Not Sell or Share My Personal Information](https://baykiln.example/do-not-sell-or-share)");
    expect(english).toContain("such as Global Privacy Control, as a request to opt out of the sale and sharing");
    // Card details with their security code are sensitive personal information (§ 1798.140(ae)(1)(B)).
    expect(english).toMatch(/Account log-in, financial account, debit card or credit card number .* Our data in this category: credit card details/);
  });

  it("points German readers to the English California section, and keeps the GDPR parts in German", () => {
    expect(german).toContain("stehen im Abschnitt „Your California privacy rights“ der englischen Fassung");
    expect(german).toContain(
      "Da wir keine Niederlassung in der Europäischen Union haben, haben wir einen Vertreter in der Union benannt (Art. 27 DSGVO).",
    );
  });
});

describe("the examples under policy check's rules", () => {
  it.each(["policy", "bakery", "munich", "london", "zurich"])("%s passes every rule", (name) => {
    const result = safeLoadPolicy(readFileSync(new URL(`../${name}.yaml`, import.meta.url), "utf8"), {
      filename: `${name}.yaml`,
      catalog,
      check: true,
    });
    expect(result.issues).toEqual([]);
    expect(result.success).toBe(true);
  });
});
