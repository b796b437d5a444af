import { readFileSync } from "node:fs";
import { catalog } from "@policy/catalog";
import { loadPolicy, parsePolicy, type Policy } from "@policy/core";
import { toMarkdown } from "@policy/markdown";
import { describe, expect, it } from "vitest";
import { recordCsv, recordOfProcessing } from "../src/index.js";

const example = (): Policy =>
  loadPolicy(readFileSync(new URL("../../../apps/example/policy.yaml", import.meta.url), "utf8"), { filename: "policy.yaml", catalog });

/** The rows of a form table in a section: field, then entry. */
function form(section: { content: readonly unknown[] }): [string, string][] {
  const table = section.content.find((block) => (block as { type: string }).type === "table") as {
    children: { children: { children: { value: string }[] }[] }[];
  };
  return table.children.map((row) => row.children.map((cell) => cell.children.map((node) => node.value).join("")) as [string, string]);
}

describe("recordOfProcessing", () => {
  it("gives the controller, then a form per processing activity with every item of Art. 30(1) filled, then the measures for all", () => {
    const record = recordOfProcessing(example(), { locale: "en" });
    expect(record.meta.title).toBe("Record of processing activities");
    expect(record.sections.map((section) => section.id)).toEqual([
      "overview",
      "controller",
      "service-video-meetings",
      "service-website-hosting",
      "service-appointments",
      "service-newsletter",
      "service-contact-form",
      "security-measures",
    ]);
    for (const section of record.sections.filter((candidate) => candidate.kind === "service")) {
      const rows = form(section);
      expect(rows.map(([field]) => field).slice(1)).toEqual([
        "Purposes of the processing, with their legal basis",
        "Categories of data subjects",
        "Categories of personal data",
        "Categories of recipients",
        "Transfers to third countries or international organisations, with their safeguards",
        "Time limits for erasure",
        "Technical and organisational measures (Art. 32(1) GDPR)",
      ]);
      for (const [field, entry] of rows) expect(entry, `${section.id}: ${field}`).not.toBe("");
    }
    const hosting = Object.fromEntries(form(record.sections.find((section) => section.id === "service-website-hosting")!));
    expect(hosting).toMatchObject({
      "Categories of recipients": "Hetzner Online GmbH, Germany",
      "Transfers to third countries or international organisations, with their safeguards": "none",
      "Time limits for erasure": "14 days",
      "Technical and organisational measures (Art. 32(1) GDPR)": "the general measures below",
    });
    const measures = record.sections.at(-1)!;
    expect(JSON.stringify(measures.content)).toContain("Backups are made daily, encrypted, and kept in Germany.");
  });

  it("says that the transfers are not known where the provider's documents leave open where the data goes", () => {
    const doubtful = { ...catalog.hetzner, unconfirmed: [...catalog.hetzner.unconfirmed, { fact: "transfers", note: "not read" }] };
    const text = readFileSync(new URL("../../../apps/example/policy.yaml", import.meta.url), "utf8");
    const policy = loadPolicy(text, { filename: "policy.yaml", catalog: { ...catalog, hetzner: doubtful } });
    const hosting = (locale: "en" | "de") =>
      Object.fromEntries(form(recordOfProcessing(policy, { locale }).sections.find((section) => section.id === "service-website-hosting")!));
    expect(hosting("en")["Transfers to third countries or international organisations, with their safeguards"]).toBe(
      "not known: the provider's documents do not say whether the data goes to other countries",
    );
    expect(Object.values(hosting("de"))).toContain("nicht bekannt: Die Unterlagen des Anbieters sagen nicht, ob die Daten in andere Länder gelangen");
    expect(recordCsv(policy, { locale: "en" })).toContain("not known: the provider's documents do not say whether the data goes to other countries");
  });

  it("writes the controller's address as its country writes it", () => {
    const policy = parsePolicy({
      meta: { version: "1", effective: "2026-01-01" },
      locales: ["en"],
      controller: {
        name: "Acme Inc.",
        address: { street: "1 Market St", postalCode: "95113", city: "San Jose", region: "CA", country: "US" },
        email: "privacy@acme.example",
      },
      services: [
        {
          id: "shop",
          name: "Shop",
          purposes: [{ purpose: "essential.service", legalBasis: "A6-1-b" }],
          data: ["user.name"],
          subjects: ["customer"],
          provision: { requirement: "contractual" },
          retention: { duration: "P1Y" },
        },
      ],
    });
    const controller = Object.fromEntries(
      form(recordOfProcessing(policy, { locale: "en" }).sections.find((section) => section.id === "controller")!),
    );
    expect(controller.Controller).toBe("Acme Inc.; 1 Market St; San Jose, CA 95113; United States; privacy@acme.example");
  });

  it("writes the record in German, in the Regulation's terms", () => {
    const record = recordOfProcessing(example(), { locale: "de" });
    expect(record.meta.title).toBe("Verzeichnis von Verarbeitungstätigkeiten");
    const zoom = Object.fromEntries(form(record.sections.find((section) => section.id === "service-video-meetings")!));
    expect(zoom["Fristen für die Löschung"]).toBe("30 Tage");
    expect(zoom["Übermittlungen an ein Drittland oder eine internationale Organisation, mit ihren Garantien"]).toBe(
      "Vereinigte Staaten: EU-US-Datenschutzrahmen (Art. 45 Abs. 3 DSGVO i. V. m. Durchführungsbeschluss (EU) 2023/1795)",
    );
  });

  it("renders as Markdown through the same renderer as the policy", () => {
    const markdown = toMarkdown(recordOfProcessing(example(), { locale: "en" }));
    expect(markdown).toContain('## <a id="service-newsletter"></a>Newsletter with Brevo');
    expect(markdown).toContain("| Time limits for erasure ");
  });
});

describe("recordCsv", () => {
  it("gives a row per processing activity with a header, in CSV as RFC 4180 writes it", () => {
    const csv = recordCsv(example(), { locale: "en" });
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      'Processing activity,Controller,"Purposes of the processing, with their legal basis",Categories of data subjects,Categories of personal data,Categories of recipients,"Transfers to third countries or international organisations, with their safeguards",Time limits for erasure,Technical and organisational measures (Art. 32(1) GDPR)',
    );
    expect(lines).toHaveLength(1 + 5 + 1);
    expect(lines.at(-1)).toBe("");
    expect(lines[2]).toMatch(/^Website hosting,Lindenberg & Ohm Beratung GmbH,.*,"Hetzner Online GmbH, Germany",none,14 days,"Every account/);
  });

  it("quotes what needs quoting, and never lets a name start a spreadsheet formula", () => {
    const policy = parsePolicy({
      meta: { version: "1", effective: "2026-01-01" },
      locales: ["en"],
      controller: { name: '=HYPERLINK("http://evil.example","click")', address: { street: "Main St 1", city: "Berlin", country: "DE" } },
      services: [
        {
          id: "shop",
          name: '+Shop, with "quotes"',
          purposes: [{ purpose: "essential.service", legalBasis: "A6-1-b" }],
          data: ["user.name"],
          subjects: ["customer"],
          provision: { requirement: "contractual" },
          retention: { duration: "P1Y" },
        },
      ],
    });
    const [, row] = recordCsv(policy, { locale: "en" }).split("\r\n");
    expect(row?.startsWith(`"'+Shop, with ""quotes""","'=HYPERLINK(""http://evil.example"",""click"")",`)).toBe(true);
  });
});
