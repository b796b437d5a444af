import { catalog, suggestCatalogId } from "@policy/catalog";
import {
  chooseText,
  collectionOf,
  countryName,
  getDataCategory,
  getDataSubject,
  getLegalBasis,
  getPurpose,
  getTransferGround,
  serviceCategories,
  type Address,
  type DataItemInput,
  type DeviceAccess,
  type Locale,
  type LocalizedText,
  type Party,
  type Processor,
  type Retention,
  type Transfer,
} from "@policy/core";
import type { Colors } from "../colors.js";
import type { Context } from "../context.js";
import { terminalSafe } from "../terminal-text.js";
import { wrapText } from "../text-wrap.js";
import { UserError } from "../user-error.js";
import { catalogJson, terminalWidth, type CatalogOptions } from "./catalog-options.js";

// Prose is wrapped at the terminal's width, but no wider than this: longer lines are hard to read.
const readableWidth = 100;

/** One catalog entry: as text for a policy author, or as JSON exactly as the catalog holds it. */
export function showCatalogEntry(context: Context, id: string, options: CatalogOptions): void {
  const { io, colors } = context;
  const entry = Object.hasOwn(catalog, id) ? (catalog as Readonly<Record<string, Processor>>)[id] : undefined;
  if (entry === undefined) {
    const suggestion = suggestCatalogId(id);
    const hint = suggestion === undefined ? "" : ` did you mean "${suggestion}"?`;
    throw new UserError(`no catalog entry "${id}";${hint} (\`policy catalog search <text>\` finds entries by name or kind of service)`);
  }
  if (options.json === true) {
    io.stdout.write(catalogJson(entry));
    return;
  }
  const width = terminalWidth(io.stdout);
  io.stdout.write(
    describeEntry(entry, { colors: colors.out, locale: options.locale, width: width === undefined ? undefined : Math.min(width, readableWidth) }),
  );
}

export interface DescribeOptions {
  readonly colors: Colors;
  readonly locale: Locale;
  /** Wrap prose to this many columns; not at all when absent. */
  readonly width?: number | undefined;
}

/**
 * Everything a policy author needs about an entry, in sections: what it is, the legal entity and
 * its parent, links, transfers, the default activities, retention and deletion, device access and
 * the sources. Every text from the catalog passes through `terminalSafe`; the section headings and
 * field names are English, the descriptions and core's labels follow `locale`.
 */
export function describeEntry(entry: Processor, options: DescribeOptions): string {
  const { colors: c, locale } = options;
  const out = new Writer(options);
  const text = (value: LocalizedText) => chooseText(value, locale, "en").value;

  out.line(`${c.bold(safe(entry.name))}  ${c.dim(safe(entry.id))}`);
  out.fields(1, [
    ["Also known as", entry.aliases === undefined || entry.aliases.length === 0 ? undefined : entry.aliases.map(safe).join(", ")],
    ["Kind", (entry.categories ?? []).map((id) => serviceCategories[id][locale]).join(", ") || undefined],
    ["Role", entry.roles === undefined ? roles[entry.role] : "several: see Roles"],
    ["Checked", entry.checked === undefined ? "not stated" : safe(entry.checked)],
  ]);
  out.blank();
  out.paragraph(1, safe(text(entry.description)));

  out.section(entry.selfHosted === true ? "Maker (receives no data)" : "Legal entity");
  out.fields(1, partyFields(entry.entity, locale));
  if (entry.parent !== undefined) {
    out.section("Parent company");
    out.fields(1, partyFields(entry.parent, locale));
  }
  if (entry.euRepresentative !== undefined) {
    out.section("Representative in the EU (Art. 27 GDPR)");
    out.fields(1, partyFields(entry.euRepresentative, locale));
  }
  if (entry.roles !== undefined) {
    out.section("Roles");
    entry.roles.forEach((role, index) => {
      const doubt = unconfirmedNote(entry, `roles[${index}]`);
      out.paragraph(1, roles[role.role]);
      out.fields(2, [
        ["For", safe(text(role.scope))],
        ["Not confirmed", doubt === undefined ? undefined : c.yellow(safe(doubt))],
        ["Arrangement", role.arrangement === undefined ? undefined : safe(text(role.arrangement))],
        ["Read at", role.arrangementUrl === undefined ? undefined : safe(role.arrangementUrl)],
      ]);
    });
  }

  out.section("Links");
  const { website, privacyPolicy, dpa, optOut } = entry.urls;
  if ([website, privacyPolicy, dpa, optOut].every((url) => url === undefined)) out.paragraph(1, c.dim("none listed"));
  const links: Field[] = [
    ["Website", website],
    ["Privacy policy", privacyPolicy],
    ["Data processing agreement", dpa],
    ["Opt-out", optOut],
  ];
  out.fields(
    1,
    links.map(([label, url]) => [label, url === undefined ? undefined : safe(url)]),
  );

  out.section("Transfers outside the EU/EEA");
  if (entry.transfers.length === 0) {
    out.paragraph(
      1,
      c.dim(
        entry.selfHosted === true
          ? "none: the data stays where your website is hosted"
          : "none: the data stays in the EU/EEA, as far as the sources say",
      ),
    );
  }
  entry.transfers.forEach((transfer, index) => {
    out.transfer(transfer, text, unconfirmedNote(entry, `transfers[${index}]`));
  });

  out.section("Default activities");
  if (entry.activities === undefined) {
    out.paragraph(1, c.dim("none: a service using this entry states its own purposes, data and data subjects"));
  } else {
    const { purposes, data, subjects } = entry.activities;
    out.subheading("Purposes");
    for (const purpose of purposes) {
      const basis = getLegalBasis(purpose.legalBasis);
      out.paragraph(2, `${getPurpose(purpose.purpose).label[locale]} ${c.dim(`(${purpose.purpose})`)}`);
      out.fields(3, [
        ["Legal basis", `${basis.label[locale]}, ${basis.citation[locale]} ${c.dim(`(${basis.id})`)}`],
        ["Interest", purpose.legitimateInterest === undefined ? undefined : safe(text(purpose.legitimateInterest))],
        ["In words", purpose.description === undefined ? undefined : safe(text(purpose.description))],
      ]);
    }
    out.subheading("Data");
    for (const item of data) out.paragraph(2, dataItem(item, text, c, locale));
    out.subheading("Data subjects");
    for (const subject of subjects) out.paragraph(2, `${getDataSubject(subject).label[locale]} ${c.dim(`(${subject})`)}`);
  }

  out.section("Retention");
  out.fields(1, retentionFields(entry.retention, text));
  if (entry.retention === undefined) out.paragraph(1, c.dim("not stated by the provider: a policy using this entry must say how long data is kept"));

  out.section("Deletion and objection");
  out.paragraph(1, entry.deletion === undefined ? c.dim("not stated") : safe(text(entry.deletion)));

  out.section("Device access (cookies and similar)");
  if (entry.deviceAccess.length === 0) out.paragraph(1, c.dim("none listed"));
  for (const access of entry.deviceAccess) out.deviceAccess(access, text);

  if (entry.unconfirmed.length > 0) {
    out.section("Not confirmed by the provider's documents");
    out.paragraph(1, c.yellow("A policy using this entry does not state these facts; confirm them with the provider and state them in your policy."));
    for (const { fact, note } of entry.unconfirmed) out.fields(1, [[fact, safe(note)]]);
  }
  if (entry.disagreements.length > 0) {
    out.section("Where other sources disagree (the entry follows the provider)");
    for (const { fact, value, source } of entry.disagreements) out.fields(1, [[fact, `${safe(value)} ${c.dim(`(${safe(source)})`)}`]]);
  }

  out.section("Sources");
  if (entry.sources.length === 0) out.paragraph(1, c.dim("none listed"));
  for (const source of entry.sources) {
    out.paragraph(1, safe(source.url));
    const dates = [
      source.checked === undefined ? "" : `; read ${source.checked}`,
      source.updated === undefined ? "" : `; document dated ${source.updated}`,
    ];
    out.paragraph(2, c.dim(safe(`facts: ${source.facts.join(", ")}${dates.join("")}`)));
  }
  if (entry.checked !== undefined) out.paragraph(1, `The facts were last compared with these sources on ${safe(entry.checked)}.`);
  return out.toString();
}

/** Why a fact (or the larger fact it is part of) is marked unconfirmed, if it is. */
function unconfirmedNote(entry: Processor, fact: string): string | undefined {
  return entry.unconfirmed.find((marked) => fact === marked.fact || marked.fact.startsWith(`${fact}.`))?.note;
}

/** The fields of a company: name, postal address on one line, e-mail, phone and web site. */
function partyFields(party: Party, locale: Locale): Field[] {
  return [
    ["Name", safe(party.name)],
    ["Address", address(party.address, locale)],
    ["E-mail", party.email === undefined ? undefined : safe(party.email)],
    ["Phone", party.phone === undefined ? undefined : safe(party.phone)],
    ["Web", party.url === undefined ? undefined : safe(party.url)],
  ];
}

function address(value: Address, locale: Locale): string {
  const city = [value.postalCode, value.city].filter((part) => part !== undefined).join(" ");
  const parts = [value.street, city, value.region].filter((part): part is string => part !== undefined).map(safe);
  return [...parts, `${countryName(value.country, locale)} (${value.country})`].join(", ");
}

const roles: Readonly<Record<Processor["role"], string>> = {
  processor: "processor: processes data on your behalf (Art. 28 GDPR)",
  "joint-controller": "joint controller: decides with you why and how data is processed (Art. 26 GDPR)",
  controller: "controller: processes the data for its own purposes as well",
  none: "none: software you host yourself, so the data stays on your website and its maker receives none of it",
};

function dataItem(item: DataItemInput, text: (value: LocalizedText) => string, c: Colors, locale: Locale): string {
  const { category, details, collected } = typeof item === "string" ? { category: item, details: undefined, collected: undefined } : item;
  const label = getDataCategory(category).label[locale];
  const detail = details === undefined ? "" : ` — ${safe(text(details))}`;
  return `${label}${detail} ${c.dim(`(${category}; ${collected ?? collectionOf(category)})`)}`;
}

function retentionFields(retention: Retention | undefined, text: (value: LocalizedText) => string): Field[] {
  if (retention === undefined) return [];
  return [
    ["Duration", retention.duration === undefined ? undefined : describeDuration(retention.duration)],
    ["Until", retention.until === undefined ? undefined : safe(text(retention.until))],
    ["Criteria", retention.criteria === undefined ? undefined : safe(text(retention.criteria))],
  ];
}

const durationUnits: readonly (readonly [RegExp, string])[] = [
  [/(\d+)Y/, "year"],
  [/(\d+)M/, "month"],
  [/(\d+)W/, "week"],
  [/(\d+)D/, "day"],
];
const timeUnits: readonly (readonly [RegExp, string])[] = [
  [/(\d+)H/, "hour"],
  [/(\d+)M/, "minute"],
  [/(\d+)S/, "second"],
];

/** "P2Y" as "2 years (P2Y)", "PT30M" as "30 minutes (PT30M)", "session" as "the browser session", "persistent" as "until deleted". */
export function describeDuration(duration: string): string {
  if (duration === "session") return "the browser session";
  if (duration === "persistent") return "until deleted";
  const [date = "", time = ""] = duration.replace(/^P/, "").split("T");
  const count = (part: string, units: typeof durationUnits) =>
    units.flatMap(([pattern, unit]) => {
      const amount = pattern.exec(part)?.[1];
      return amount === undefined ? [] : [`${Number(amount)} ${unit}${Number(amount) === 1 ? "" : "s"}`];
    });
  const words = [...count(date, durationUnits), ...count(time, timeUnits)];
  return words.length === 0 ? safe(duration) : `${words.join(" ")} (${safe(duration)})`;
}

type Field = readonly [label: string, value: string | undefined];

/** Collects the lines of the description: headings, aligned fields and wrapped paragraphs. */
class Writer {
  readonly #lines: string[] = [];
  readonly #colors: Colors;
  readonly #locale: Locale;
  readonly #width: number | undefined;

  constructor(options: DescribeOptions) {
    this.#colors = options.colors;
    this.#locale = options.locale;
    this.#width = options.width;
  }

  line(text: string): void {
    this.#lines.push(text);
  }

  blank(): void {
    this.#lines.push("");
  }

  section(title: string): void {
    this.blank();
    this.line(this.#colors.bold(title));
  }

  subheading(title: string): void {
    this.line(`${indent(1)}${this.#colors.bold(title)}`);
  }

  /** A paragraph at `level`, its continuation lines indented the same. */
  paragraph(level: number, text: string): void {
    const prefix = indent(level);
    for (const line of wrapText(text, this.#wrapWidth(prefix.length))) this.line(`${prefix}${line}`);
  }

  /** Label-value lines with the values aligned; fields without a value are left out. */
  fields(level: number, fields: readonly Field[]): void {
    const present = fields.filter((field): field is readonly [string, string] => field[1] !== undefined && field[1] !== "");
    const labelWidth = Math.max(0, ...present.map(([label]) => label.length));
    for (const [label, value] of present) {
      const prefix = indent(level);
      const lines = wrapText(value, this.#wrapWidth(prefix.length + labelWidth + 2));
      lines.forEach((line, index) => {
        const head = index === 0 ? this.#colors.dim(label) + " ".repeat(labelWidth - label.length + 2) : " ".repeat(labelWidth + 2);
        this.line(`${prefix}${head}${line}`.replace(/ +$/, ""));
      });
    }
  }

  transfer(transfer: Transfer, text: (value: LocalizedText) => string, unconfirmed: string | undefined): void {
    const c = this.#colors;
    const ground = getTransferGround(transfer.mechanism);
    const { certification } = transfer;
    this.paragraph(1, `${countryName(transfer.country, this.#locale)} (${transfer.country})`);
    this.fields(2, [
      [
        "Recipient",
        transfer.recipient === undefined ? undefined : safe(typeof transfer.recipient === "string" ? transfer.recipient : text(transfer.recipient)),
      ],
      ["Mechanism", `${ground.label[this.#locale]}, ${ground.citation[this.#locale]} ${c.dim(`(${ground.id})`)}`],
      [
        "Certified",
        certification === undefined
          ? undefined
          : `${certification.frameworks.join(", ")}; seen ${safe(certification.checked)} at ${safe(certification.source)}`,
      ],
      [
        "Checked",
        unconfirmed !== undefined
          ? c.yellow("not confirmed: check the provider's data processing agreement, or state the mechanism in your policy")
          : transfer.checked === undefined
            ? undefined
            : safe(transfer.checked),
      ],
      ["Why", unconfirmed === undefined ? undefined : safe(unconfirmed)],
      ["Safeguards", transfer.safeguards === undefined ? undefined : safe(transfer.safeguards)],
      ["Note", transfer.note === undefined ? undefined : safe(text(transfer.note))],
    ]);
  }

  deviceAccess(access: DeviceAccess, text: (value: LocalizedText) => string): void {
    const c = this.#colors;
    const facts = [
      safe(access.technology.replace(/-/g, " ")),
      access.duration === "session"
        ? "until the browser session ends"
        : access.duration === "persistent"
          ? "until the visitor deletes it"
          : describeDuration(access.duration),
      `${access.party} party`,
      grounds[access.ground],
    ];
    this.paragraph(1, `${c.bold(safe(access.name))}  ${facts.join(", ")}`);
    this.fields(2, [
      ["Set by", access.provider === undefined ? undefined : safe(access.provider)],
      ["Domain", access.domain === undefined ? undefined : safe(access.domain)],
      ["Purpose", safe(text(access.purpose))],
    ]);
  }

  toString(): string {
    return this.#lines.map((line) => `${line}\n`).join("");
  }

  #wrapWidth(used: number): number | undefined {
    return this.#width === undefined ? undefined : Math.max(20, this.#width - used);
  }
}

const grounds: Readonly<Record<DeviceAccess["ground"], string>> = {
  consent: "needs consent",
  "strictly-necessary": "strictly necessary (no consent needed)",
  transmission: "for transmitting a communication (no consent needed)",
  statistics: "for statistics, which people can object to (the UK's PECR only; elsewhere it needs consent)",
};

function indent(level: number): string {
  return "  ".repeat(level);
}

/** Text from the catalog, safe to print: no escape sequences, no line breaks. */
function safe(text: string): string {
  return terminalSafe(text);
}
