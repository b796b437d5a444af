import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * Every citation of a national law (outside the GDPR itself) that the messages make, named here
 * exactly, file by file: a citation changed, added or dropped in a message fails until this list
 * says so. Each was checked against the act (see the file's comments and the changesets).
 */
const expected: Readonly<Record<string, readonly string[]>> = {
  en: [
    "(PECR, Schedule A1, para. 2)",
    "(PECR, Schedule A1, para. 4)",
    "(PECR, Schedule A1)",
    "Art. 16 and 17 FADP",
    "Art. 18 and 19 DPO",
    "Art. 25 FADP",
    "Art. 28 FADP",
    "Art. 32 para. 1 FADP",
    "Art. 32 para. 2 FADP",
    "Art. 45c let. a FMG",
    "Art. 45c let. b FMG",
    "Art. 45c of the Swiss Telecommunications Act (Fernmeldegesetz, FMG",
    "Art. 49 FADP",
    "Art. 11.7a(1) Telecommunicatiewet",
    "Art. 11.7a(3)(a) Telecommunicatiewet",
    "Art. 11.7a(3)(b) Telecommunicatiewet",
    "Article 11.7a of the Dutch Telecommunications Act (Telecommunicatiewet",
    "Art. 6(1)(ea) UK GDPR",
    "Regulation 6 of the Privacy and Electronic Communications (EC Directive) Regulations 2003 (PECR",
    "Section 165(3) TKG 2021",
    "Section 165(3) of the Austrian Telecommunications Act 2021 (TKG 2021",
    "Section 25 of the German Telecommunications Digital Services Data Protection Act (TDDDG",
    "Section 25(1) TDDDG",
    "Section 25(2) no. 1 TDDDG",
    "Section 25(2) no. 2 TDDDG",
  ],
  de: [
    "(PECR, Schedule A1, Paragraph 2)",
    "(PECR, Schedule A1, Paragraph 4)",
    "(PECR, Schedule A1)",
    "Art. 16 und 17 DSG",
    "Art. 18 und 19 DSV",
    "Art. 25 DSG",
    "Art. 28 DSG",
    "Art. 32 Abs. 1 DSG",
    "Art. 32 Abs. 2 DSG",
    "Art. 45c Bst. a FMG",
    "Art. 45c Bst. b FMG",
    "Art. 45c des schweizerischen Fernmeldegesetzes",
    "Art. 49 DSG",
    "Art. 11.7a Abs. 1 Telecommunicatiewet",
    "Art. 11.7a Abs. 3 Buchst. a Telecommunicatiewet",
    "Art. 11.7a Abs. 3 Buchst. b Telecommunicatiewet",
    "Art. 11.7a des niederländischen Telekommunikationsgesetzes (Telecommunicatiewet",
    "Art. 6 Abs. 1 lit. ea UK GDPR",
    "Regulation 6 der britischen Privacy and Electronic Communications (EC Directive) Regulations 2003 (PECR",
    "§ 165 Abs. 3 TKG 2021",
    "§ 165 Abs. 3 des österreichischen Telekommunikationsgesetzes 2021 (TKG 2021",
    "§ 25 Abs. 1 TDDDG",
    "§ 25 Abs. 2 Nr. 1 TDDDG",
    "§ 25 Abs. 2 Nr. 2 TDDDG",
    "§ 25 des Telekommunikation-Digitale-Dienste-Datenschutz-Gesetzes (TDDDG",
  ],
  // Italian cites provisions in lower case ("art. 122, comma 1, del Codice"), which the pattern below
  // does not look for: only the sections (§) and the acts in brackets are found here.
  it: [
    "(PECR)",
    "(PECR, allegato A1)",
    "(PECR, allegato A1, par. 2)",
    "(PECR, allegato A1, par. 4)",
    "(TDDDG)",
    "§ 165, comma 3, del TKG 2021",
    "§ 165, comma 3, della legge austriaca sulle telecomunicazioni del 2021 (TKG 2021",
    "§ 25, comma 1, del TDDDG",
    "§ 25, comma 2, n. 1, del TDDDG",
    "§ 25, comma 2, n. 2, del TDDDG",
  ],
  "en-uk": [
    "Art. 13(3) UK GDPR",
    "Art. 22A UK GDPR",
    "Art. 22C UK GDPR",
    "Art. 26 UK GDPR",
    "Art. 26(3) UK GDPR",
    "Art. 27 UK GDPR",
    "Art. 28 UK GDPR",
    "Art. 46 UK GDPR",
    "Art. 6(1)(e) UK GDPR",
    "Art. 6(1)(ea) UK GDPR",
    "Art. 6(1)(f) UK GDPR",
    "Art. 7(3) UK GDPR",
    "Art. 9(1) UK GDPR",
    "section 164A of the Data Protection Act 2018",
    "section 165 of the Data Protection Act 2018",
  ],
  "de-uk": [
    "Art. 13 Abs. 3 UK GDPR",
    "Art. 22A UK GDPR",
    "Art. 22C UK GDPR",
    "Art. 26 Abs. 3 UK GDPR",
    "Art. 26 UK GDPR",
    "Art. 27 UK GDPR",
    "Art. 28 UK GDPR",
    "Art. 46 UK GDPR",
    "Art. 6 Abs. 1 lit. e UK GDPR",
    "Art. 6 Abs. 1 lit. ea UK GDPR",
    "Art. 6 Abs. 1 lit. f UK GDPR",
    "Art. 7 Abs. 3 UK GDPR",
    "Art. 9 Abs. 1 UK GDPR",
    "Schedule A1 der PECR",
    "Section 164A Data Protection Act 2018",
    "Section 165 Data Protection Act 2018",
  ],
  "en-fadp": [
    "Art. 14 FADP",
    "Art. 16 and 17 FADP",
    "Art. 16 para. 2 FADP",
    "Art. 16 para. 5 DPO",
    "Art. 17 FADP",
    "Art. 18 DPO",
    "Art. 19 DPO",
    "Art. 19 FADP",
    "Art. 21 FADP",
    "Art. 21 para. 2 FADP",
    "Art. 30 para. 2 let. b FADP",
    "Art. 30 para. 2 let. b and Art. 31 FADP",
    "Art. 32 FADP",
    "Art. 49 FADP",
    "Art. 5 let. c FADP",
    "Art. 5 let. j FADP",
    "Art. 6 para. 4 FADP",
    "Art. 9 FADP",
  ],
  "de-fadp": [
    "Art. 14 DSG",
    "Art. 16 Abs. 2 DSG",
    "Art. 16 Abs. 5 DSV",
    "Art. 16 und 17 DSG",
    "Art. 17 DSG",
    "Art. 18 DSV",
    "Art. 19 DSG",
    "Art. 19 DSV",
    "Art. 21 Abs. 2 DSG",
    "Art. 21 DSG",
    "Art. 30 Abs. 2 Bst. b DSG",
    "Art. 30 Abs. 2 Bst. b und Art. 31 DSG",
    "Art. 32 DSG",
    "Art. 45c des Fernmeldegesetzes",
    "Art. 49 DSG",
    "Art. 5 Bst. c DSG",
    "Art. 5 Bst. j DSG",
    "Art. 6 Abs. 4 DSG",
    "Art. 9 DSG",
  ],
};

const acts = String.raw`BDSG|TDDDG|TKG 2021|\bDSG\b|\bDSV\b|FADP|\bDPO\b|\bFMG\b|UK GDPR|DPA 2018|Data Protection Act 2018|PECR|Fernmeldegesetzes|Telecommunicatiewet`;
/** A provision followed by its act ("Art. 32 Abs. 2 DSG"), or an act followed by its provision ("(PECR, Schedule A1, para. 4)"). */
const citation = new RegExp(
  String.raw`(?:Art\.|Article|§|Section|section|Regulation \d|Schedule) [^"\`:;]{0,90}?(?:${acts})|\((?:PECR|TDDDG|TKG 2021)[^)]*\)`,
  "g",
);

/** The citations in a messages file's own text: its comments left out. */
function citationsIn(file: string): string[] {
  const source = readFileSync(new URL(`./${file}.ts`, import.meta.url), "utf8")
    .split("\n")
    .filter((line) => !/^\s*(\/\/|\*|\/\*\*)/.test(line))
    .join("\n");
  return [...new Set(source.match(citation) ?? [])].sort();
}

describe("the citations of national law in the messages", () => {
  it.each(Object.keys(expected))("of %s.ts are exactly the ones named here", (file) => {
    expect(citationsIn(file)).toEqual([...(expected[file] ?? [])].sort());
  });

  it("of california.ts are exactly these sections of the California Civil Code and the CCPA regulations", () => {
    const source = readFileSync(new URL("./california.ts", import.meta.url), "utf8")
      .split("\n")
      .filter((line) => !/^\s*(\/\/|\*|\/\*\*)/.test(line))
      .join("\n");
    const sections = [
      ...new Set(source.match(/§§? \d[\d.]*(?:\([a-z0-9]+\))*(?:, (?:\d[\d.]*(?:\([a-z0-9]+\))*|(?:\([a-z0-9]+\))+))*/g) ?? []),
    ].sort();
    expect(sections).toEqual([
      "§ 1798.105",
      "§ 1798.106",
      "§ 1798.110(c)(2)",
      "§ 1798.110(c)(4)",
      "§ 1798.115(c)(1)",
      "§ 1798.115(c)(2)",
      "§ 1798.120",
      "§ 1798.120(c)",
      "§ 1798.121",
      "§ 1798.121(a)",
      "§ 1798.125(a)",
      "§ 1798.125(b)",
      "§ 1798.125(b)(3)",
      "§ 1798.130(a)(2)",
      "§ 1798.130(a)(5)",
      "§ 1798.135(a), (e)",
      "§ 1798.140(ae)",
      "§ 1798.140(ak)",
      "§ 1798.140(v)(1)",
      "§ 7025(c)(1)",
      "§§ 1798.100(a), 1798.110(c)",
      "§§ 1798.100, 1798.110, 1798.115",
    ]);
  });

  it("leave no messages file unchecked", () => {
    const files = readdirSync(new URL(".", import.meta.url))
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts") && name !== "index.ts" && name !== "messages.ts")
      .map((name) => name.replace(/\.ts$/, ""));
    expect([...Object.keys(expected), "california"].sort()).toEqual(files.sort());
  });
});
