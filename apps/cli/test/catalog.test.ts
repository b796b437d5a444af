import { catalog, searchCatalog } from "@policy/catalog";
import { describe, expect, it } from "vitest";
import { runPolicy } from "./run-policy.js";

const esc = "\u001b";
const byId = Object.values(catalog).sort((a, b) => (a.id < b.id ? -1 : 1));
// The catalog gives every text in English and German ({ en, de }), never as a plain string.
const zoomDescription = catalog.zoom.description as { en: string; de: string };
/** A catalog value inside a regular expression: the facts are the catalog's, the layout is the command's. */
const literal = (text: string | undefined) => (text ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The ids in the first column of a table, header left out. */
function tableIds(stdout: string): string[] {
  return stdout
    .trimEnd()
    .split("\n")
    .slice(1)
    .map((line) => line.split(" ")[0] ?? "");
}

describe("policy catalog list", () => {
  it("prints every entry as a table sorted by id: id, name, kind of service, country, date checked", async () => {
    const result = await runPolicy(["catalog", "list"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const [table = ""] = result.stdout.split("\n\n");
    const lines = table.split("\n");
    expect(lines[0]).toMatch(/^ID +NAME +KIND OF SERVICE +COUNTRY +CHECKED$/);
    expect(lines).toHaveLength(1 + 104);
    expect(tableIds(table)).toEqual(byId.map((entry) => entry.id));
    expect(lines.find((line) => line.startsWith("zoom "))).toMatch(
      new RegExp(`^zoom +Zoom +Video conferencing +US +${literal(catalog.zoom.checked)}$`),
    );
    expect(lines.find((line) => line.startsWith("hubspot "))).toContain("Customer relationship management, Web analytics");
    for (const line of lines) expect(line).not.toMatch(/ $/);
  });

  it("aligns the columns: each header starts where its values do", async () => {
    const { stdout } = await runPolicy(["catalog"]);
    const [header = "", ...rows] = (stdout.split("\n\n")[0] ?? "").split("\n");
    const countryColumn = header.indexOf("COUNTRY");
    // A country code, or "--" for self-hosted software, which sends data to no company.
    for (const row of rows) expect(row.slice(countryColumn, countryColumn + 3)).toMatch(/^(?:[A-Z]{2}|--) $/);
  });

  it("ends with how many entries there are, and how many of each kind, the most first", async () => {
    const { stdout } = await runPolicy(["catalog"]);
    const [, summary = ""] = stdout.split("\n\n");
    const [count, header, ...rows] = summary.trimEnd().split("\n");
    expect(count).toBe(`${byId.length} entries; an entry of several kinds counts in each:`);
    expect(header).toMatch(/^KIND OF SERVICE +ENTRIES$/);
    const counted = new Map(rows.map((row) => [row.replace(/ +\d+$/, ""), Number(/\d+$/.exec(row)?.[0])]));
    const analytics = byId.filter((entry) => entry.categories?.includes("analytics")).length;
    expect(counted.get("Web analytics")).toBe(analytics);
    expect(counted.get("Payment")).toBe(byId.filter((entry) => entry.categories?.includes("payment")).length);
    const numbers = [...counted.values()];
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(numbers.every((number) => number > 0)).toBe(true);
  });

  it("is the default: `policy catalog` prints the same", async () => {
    const [list, bare] = await Promise.all([runPolicy(["catalog", "list"]), runPolicy(["catalog"])]);
    expect(bare).toMatchObject({ code: 0, stderr: "", stdout: list.stdout });
  });

  it("prints no colour when stdout is not a terminal, nor with NO_COLOR; FORCE_COLOR=1 makes the headers bold", async () => {
    const [plain, noColor, forced] = await Promise.all([
      runPolicy(["catalog"]),
      runPolicy(["catalog"], { env: { NO_COLOR: "1" } }),
      runPolicy(["catalog"], { env: { FORCE_COLOR: "1" } }),
    ]);
    expect(plain.stdout).not.toContain(esc);
    expect(noColor.stdout).not.toContain(esc);
    expect(forced.stdout).toContain(`${esc}[1mID${esc}[22m`);
    // Only the header is styled; the rows are the same text.
    expect(forced.stdout.split("\n").slice(1)).toEqual(plain.stdout.split("\n").slice(1));
  });

  it("gives the kinds of service in German with --locale de", async () => {
    const { stdout } = await runPolicy(["catalog", "--locale", "de"]);
    expect(stdout.split("\n").find((line) => line.startsWith("zoom "))).toMatch(
      new RegExp(`^zoom +Zoom +Videokonferenzen +US +${literal(catalog.zoom.checked)}$`),
    );
  });

  it("prints the entries as JSON with --json, exactly as the catalog holds them, sorted by id", async () => {
    const [list, bare] = await Promise.all([runPolicy(["catalog", "list", "--json"]), runPolicy(["catalog", "--json"])]);
    expect(list).toMatchObject({ code: 0, stderr: "" });
    expect(list.stdout).toBe(`${JSON.stringify(byId, null, 2)}\n`);
    expect(JSON.parse(list.stdout)).toEqual(byId);
    expect(bare.stdout).toBe(list.stdout);
  });

  it("rejects a language it does not have (exit 2)", async () => {
    const result = await runPolicy(["catalog", "--locale", "xx"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("Allowed choices are en, de");
  });
});

describe("policy catalog show", () => {
  it("prints what a policy author needs: entity with address, links, transfers, activities, sources and the checked date", async () => {
    const result = await runPolicy(["catalog", "show", "zoom"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const out = result.stdout;
    expect(out.startsWith("Zoom  zoom\n")).toBe(true);
    expect(out).toMatch(/Also known as +Zoom Meetings, Zoom Workplace, Zoom Video Communications\n/);
    expect(out).toMatch(/Kind +Video conferencing\n/);
    expect(out).toMatch(/Role +processor/);
    expect(out).toContain(zoomDescription.en);
    expect(out).toMatch(
      /Legal entity\n +Name +Zoom Communications, Inc\.\n +Address +55 Almaden Blvd, Suite 600, 95113 San Jose, CA, United States \(US\)\n/,
    );
    expect(out).toMatch(/Representative in the EU \(Art\. 27 GDPR\)\n +Name +Lionheart Squared \(Europe\) Limited\n/);
    expect(out).toMatch(new RegExp(`Privacy policy +${literal(catalog.zoom.urls.privacyPolicy)}\n`));
    const [transfer] = catalog.zoom.transfers;
    expect(out).toMatch(
      new RegExp(
        [
          "United States \\(US\\)",
          " +Recipient +Zoom Communications, Inc\\.",
          " +Mechanism +EU-US Data Privacy Framework, .*\\(EU-US-DPF\\)",
          ` +Certified +EU-US, UK-Extension, Swiss-US; seen ${literal(transfer?.certification?.checked)} at ${literal(transfer?.certification?.source)}`,
          ` +Checked +${literal(transfer?.checked)}\n`,
        ].join("\n"),
      ),
    );
    expect(out).toMatch(/Providing the service \(essential\.service\)\n +Legal basis +Contract .*Art\. 6\(1\)\(b\) GDPR \(A6-1-b\)/);
    expect(out).toContain("Name — the name you join with, or a display name you choose (user.name; provided)");
    expect(out).toContain("Meeting participants (meeting_participant)");
    const [source] = catalog.zoom.sources;
    expect(out).toContain(`${source?.url}\n    facts: ${source?.facts.join(", ")}; read ${source?.checked}; document dated ${source?.updated}\n`);
    expect(out).toContain(`The facts were last compared with these sources on ${catalog.zoom.checked}.`);
    expect(out).not.toContain(esc);
    for (const line of out.split("\n")) expect(line).not.toMatch(/ $/);
  });

  it("shows the parent, the roles, DPF transfers, retention, deletion and cookies where an entry has them", async () => {
    const { stdout, code } = await runPolicy(["catalog", "show", "google-analytics"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Role +several: see Roles\n/);
    expect(stdout).toMatch(/Parent company\n +Name +Google LLC\n/);
    expect(stdout).toMatch(
      /Roles\n +processor: .*\n +For +measuring how our website is used .*\n +controller: .*\n +For +Analytics data we let Google use/,
    );
    expect(stdout).toMatch(
      /Mechanism +EU-US Data Privacy Framework.*\(EU-US-DPF\)\n +Certified +EU-US, UK-Extension, Swiss-US; seen \d{4}-\d{2}-\d{2} at https:\/\/\S+\n/,
    );
    expect(stdout).toMatch(/Retention\n +Criteria +The site owner chooses/);
    expect(stdout).toMatch(/Deletion and objection\n +Ask us to erase your Analytics data/);
    expect(stdout).toMatch(/_ga +cookie, 2 years \(P2Y\), first party, needs consent\n +Purpose +Holds the random client ID/);
  });

  it("says when a transfer's mechanism is not confirmed, and why; and when the provider states no retention", async () => {
    const intercom = await runPolicy(["catalog", "show", "intercom"]);
    expect(intercom.stdout).toMatch(/Recipient +Intercom, Inc\. .*\n.*\n +Checked +not confirmed: .*\n +Why +Intercom's Data Processing Addendum/);
    expect(intercom.stdout).toMatch(
      /Not confirmed by the provider's documents\n.*\n +transfers\[0\]\.mechanism +Intercom's Data Processing Addendum/,
    );
    const zoom = await runPolicy(["catalog", "show", "zoom"]);
    expect(zoom.stdout).toContain("Retention\n  not stated by the provider");
  });

  it("gives descriptions and core's labels in German with --locale de", async () => {
    const { stdout, code } = await runPolicy(["catalog", "show", "zoom", "--locale", "de"]);
    expect(code).toBe(0);
    expect(stdout).toContain(zoomDescription.de);
    expect(stdout).not.toContain(zoomDescription.en);
    expect(stdout).toMatch(/Kind +Videokonferenzen\n/);
    expect(stdout).toContain("Vereinigte Staaten (US)");
    expect(stdout).toContain("Art. 45 Abs. 3 DSGVO i. V. m. Durchführungsbeschluss (EU) 2023/1795");
    expect(stdout).toContain("Name — der Name, mit dem Sie teilnehmen, oder ein selbst gewählter Anzeigename (user.name; provided)");
  });

  it("prints the entry as JSON with --json, exactly as the catalog holds it", async () => {
    const result = await runPolicy(["catalog", "show", "zoom", "--json"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(result.stdout)).toEqual(catalog.zoom);
    expect(result.stdout).toBe(`${JSON.stringify(catalog.zoom, null, 2)}\n`);
  });

  it("rejects an unknown id with exit 2, a suggestion and a pointer to search", async () => {
    const result = await runPolicy(["catalog", "show", "zom"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^policy: no catalog entry "zom"; did you mean "zoom"\? .*`policy catalog search <text>`/);
    expect(result.stderr.split("\n")).toHaveLength(2);
  });

  it("suggests the id for a name or alias, and nothing when the input fits several entries", async () => {
    const [name, alias, vague, proto] = await Promise.all([
      runPolicy(["catalog", "show", "Google Analytics"]),
      runPolicy(["catalog", "show", "sendinblue"]),
      runPolicy(["catalog", "show", "google"]),
      runPolicy(["catalog", "show", "__proto__"]),
    ]);
    expect(name.stderr).toContain('did you mean "google-analytics"?');
    expect(alias.stderr).toContain('did you mean "brevo"?');
    expect(vague).toMatchObject({ code: 2, stdout: "" });
    expect(vague.stderr).toMatch(/^policy: no catalog entry "google"; \(`policy catalog search/);
    expect(proto).toMatchObject({ code: 2, stdout: "" });
  });

  it("needs an id (exit 2)", async () => {
    const result = await runPolicy(["catalog", "show"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("missing required argument 'id'");
  });
});

describe("policy catalog search", () => {
  it("prints the matching entries in searchCatalog's ranked order, video conferencing services among the first", async () => {
    const result = await runPolicy(["catalog", "search", "video"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const ids = tableIds(result.stdout);
    expect(ids).toEqual(searchCatalog("video").map((entry) => entry.id));
    expect(ids.slice(0, 4)).toEqual(["zoom", "google-meet", "goto-meeting", "microsoft-teams"]);
    expect(ids).toContain("youtube");
    expect(result.stdout.split("\n")[0]).toMatch(/^ID +NAME +KIND OF SERVICE +COUNTRY +CHECKED$/);
  });

  it("finds the entries that list a cookie, and the entry whose provider documents a host", async () => {
    const [cookie, host] = await Promise.all([
      runPolicy(["catalog", "search", "_fbp"]),
      runPolicy(["catalog", "search", "https://fonts.gstatic.com/s/inter.woff2"]),
    ]);
    expect(tableIds(cookie.stdout)).toEqual(["meta-pixel", "meta-pixel-us"]);
    expect(tableIds(host.stdout)).toEqual(["google-fonts"]);
  });

  it("joins several words into one query, and finds German kinds of service", async () => {
    const [words, german] = await Promise.all([
      runPolicy(["catalog", "search", "web", "analytics"]),
      runPolicy(["catalog", "search", "Videokonferenz"]),
    ]);
    expect(tableIds(words.stdout)).toEqual(searchCatalog("web analytics").map((entry) => entry.id));
    expect(tableIds(german.stdout)).toEqual(["google-meet", "goto-meeting", "microsoft-teams", "webex", "zoom"]);
  });

  it("prints the matches as JSON with --json, in ranked order", async () => {
    const result = await runPolicy(["catalog", "search", "video", "--json"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(result.stdout)).toEqual(searchCatalog("video"));
    expect(result.stdout.endsWith("}\n]\n")).toBe(true);
  });

  it("finds nothing without failing: empty stdout, a note on stderr, exit 0", async () => {
    const result = await runPolicy(["catalog", "search", "xyz"]);
    expect(result).toMatchObject({ code: 0, stdout: "" });
    expect(result.stderr).toContain('No catalog entry matches "xyz".');
  });

  it("prints an empty array for --json, and drops the note with --quiet", async () => {
    const [json, quiet] = await Promise.all([runPolicy(["catalog", "search", "xyz", "--json"]), runPolicy(["--quiet", "catalog", "search", "xyz"])]);
    expect(json).toMatchObject({ code: 0, stdout: "[]\n" });
    expect(quiet).toMatchObject({ code: 0, stdout: "", stderr: "" });
  });
});

describe("policy catalog: help and usage errors", () => {
  it("has help with examples for the command and each subcommand", async () => {
    const results = await Promise.all([
      runPolicy(["catalog", "--help"]),
      runPolicy(["catalog", "list", "--help"]),
      runPolicy(["catalog", "show", "--help"]),
      runPolicy(["catalog", "search", "--help"]),
      runPolicy(["help", "catalog"]),
    ]);
    for (const result of results) {
      expect(result).toMatchObject({ code: 0, stderr: "" });
      expect(result.stdout).toContain("Examples:\n");
    }
    expect(results[0]?.stdout).toMatch(/Commands:\n +list .*\n +show .*<id>/);
    expect(results[2]?.stdout).toContain("--locale <locale>");
  });

  it("rejects an unknown subcommand with exit 2, suggesting what was probably meant", async () => {
    const [unknown, typo, id, extra] = await Promise.all([
      runPolicy(["catalog", "bogus"]),
      runPolicy(["catalog", "shwo", "zoom"]),
      runPolicy(["catalog", "zoom"]),
      runPolicy(["catalog", "list", "zoom"]),
    ]);
    for (const result of [unknown, typo, id, extra]) expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(unknown.stderr).toContain("error: unknown command 'bogus'");
    expect(typo.stderr).toContain("(Did you mean show?)");
    expect(id.stderr).toContain("(Did you mean policy catalog show zoom?)");
    expect(extra.stderr).toContain("too many arguments for 'list'");
  });
});
