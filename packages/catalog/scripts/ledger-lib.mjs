// The fact ledger: every fact of every catalog entry as one line `path: value`, grouped by entry,
// entries sorted by id. scripts/ledger.mjs writes it to LEDGER.md from the built catalog,
// test/ledger.test.ts compares it with the catalog's source, and scripts/ledger-changes.mjs lists
// what changed since a revision, for a changeset.
//
// The walk is generic: a field added to the model shows up as new lines without a change here
// (known fields keep the model's order, unknown ones follow alphabetically). What is special-cased
// is only how a value reads:
// - an address is one line, as a policy prints it: "street, postalCode city, region, country";
// - an item of a list is named by what identifies it, not by its position, so that inserting a
//   cookie changes the lines of that cookie only: a transfer by country and recipient
//   ("transfers[US → Google LLC]"), a cookie by name, a source by url, a purpose by purpose id,
//   a data item by category, a role by role, an unconfirmed fact or disagreement by the fact it
//   names (its index path rewritten to these names, or marked "(no such fact)"); two items with
//   the same name get " #2", " #3" in order;
// - a list of plain values (aliases, categories, subjects, facts, frameworks) is one line.
//
// Prose (descriptions, purposes' descriptions, legitimate interests, data details, notes,
// arrangements, deletion, the notes of unconfirmed facts) is shown by its presence only, as
// "text (en, de)". It is our own writing, reviewed in the entry's diff; printed in full in two
// languages it would triple the file and turn every rewording into a "fact change", hiding the
// facts the ledger is for. Its presence stays, because a note that appears or goes changes what a
// policy prints. Where the text is itself the fact (a role's scope, when retention ends, the
// criteria for it) its English text is printed.

/** The ledger's file name, at the package root. */
export const ledgerFileName = "LEDGER.md";

/** The order of known fields in any object (only the relative order within one object matters). */
const fieldOrder = [
  "id",
  "name",
  "aliases",
  "categories",
  "selfHosted",
  "entity",
  "parent",
  "role",
  "roles",
  "scope",
  "arrangement",
  "arrangementUrl",
  "euRepresentative",
  "address",
  "email",
  "phone",
  "url",
  "urls",
  "website",
  "privacyPolicy",
  "dpa",
  "optOut",
  "legalBasis",
  "description",
  "legitimateInterest",
  "details",
  "collected",
  "activities",
  "purposes",
  "data",
  "subjects",
  "transfers",
  "country",
  "recipient",
  "mechanism",
  "certification",
  "frameworks",
  "value",
  "source",
  "safeguards",
  "note",
  "retention",
  "technology",
  "provider",
  "domain",
  "purpose",
  "duration",
  "until",
  "criteria",
  "party",
  "ground",
  "deletion",
  "deviceAccess",
  "domains",
  "sources",
  "facts",
  "checked",
  "updated",
  "unconfirmed",
  "disagreements",
  "fact",
];
const rank = new Map(fieldOrder.map((key, index) => [key, index]));

/** Fields that hold our prose even when written as a plain string. */
const proseFields = new Set(["description", "details", "legitimateInterest", "note", "arrangement", "deletion"]);
/** Fields whose text is the fact itself: their English text is printed. */
const factTextFields = new Set(["scope", "until", "criteria"]);

const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
const oneLine = (text) => String(text).replace(/\s+/g, " ").trim();

/** { en, de }: an object whose keys are all language codes and whose values are strings. */
function isLocalizedText(value) {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => /^[a-z]{2}$/.test(key) && typeof value[key] === "string");
}

function isAddress(value) {
  return isObject(value) && typeof value.street === "string" && typeof value.city === "string" && typeof value.country === "string";
}

/** An address on one line: "street, postalCode city, region, country" (and any other field after). */
function formatAddress(address) {
  const { street, postalCode, city, region, country, ...rest } = address;
  const parts = [street, [postalCode, city].filter((part) => part !== undefined).join(" "), region, country];
  for (const key of Object.keys(rest).sort()) parts.push(`${key} ${rest[key]}`);
  return oneLine(parts.filter((part) => part !== undefined && part !== "").join(", "));
}

function orderedKeys(object) {
  return Object.keys(object).sort((a, b) => {
    const ra = rank.get(a) ?? Infinity;
    const rb = rank.get(b) ?? Infinity;
    return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
  });
}

/**
 * What names an item of a list, and the fields that name consumes. `factLabel` rewrites a fact
 * path (unconfirmed, disagreements) into the ledger's names.
 */
function labelOf(item, factLabel) {
  if (!isObject(item)) return { label: oneLine(item), used: [] };
  if (typeof item.country === "string" && typeof item.mechanism === "string") {
    // A recipient is a company's name, or a group in words ({ en, de }), named by its English.
    const recipient = isLocalizedText(item.recipient) ? (item.recipient.en ?? Object.values(item.recipient)[0]) : item.recipient;
    return typeof recipient === "string"
      ? { label: `${item.country} → ${oneLine(recipient)}`, used: ["country", "recipient"] }
      : { label: item.country, used: ["country"] };
  }
  if (typeof item.fact === "string") return { label: factLabel(item.fact), used: ["fact"] };
  for (const key of ["name", "url", "purpose", "category", "role"]) {
    if (typeof item[key] === "string") return { label: oneLine(item[key]), used: [key] };
  }
  return undefined;
}

/** The text of a scalar or prose value, as its line shows it. */
function formatValue(key, value) {
  if (isLocalizedText(value)) {
    if (factTextFields.has(key)) return oneLine(value.en ?? Object.values(value)[0]);
    // The languages it is written in; the translations (translations/*.json) have tests of their own.
    return `text (${Object.keys(value)
      .filter((locale) => locale === "en" || locale === "de")
      .join(", ")})`;
  }
  if (typeof value === "string" && proseFields.has(key)) return "text";
  if (isAddress(value)) return formatAddress(value);
  return oneLine(value);
}

/**
 * Walks a value, calling `emit(path, text)` for every fact and `name(indexPath, path)` for every
 * node, where indexPath is the path with positions (transfers[0]) and path the ledger's names.
 */
function walk(value, key, indexPath, path, emit, name, factLabel) {
  name(indexPath, path);
  if (value === undefined) return;
  if (Array.isArray(value)) {
    if (value.length === 0) return emit(path, "none");
    if (value.every((item) => !isObject(item) && !Array.isArray(item))) return emit(path, value.map(oneLine).join(", "));
    const seen = new Map();
    value.forEach((item, index) => {
      const named = labelOf(item, factLabel);
      let label = named?.label ?? String(index);
      const count = (seen.get(label) ?? 0) + 1;
      seen.set(label, count);
      if (count > 1) label = `${label} #${count}`;
      const itemPath = `${path}[${label}]`;
      const itemIndexPath = `${indexPath}[${index}]`;
      if (!isObject(item)) {
        name(itemIndexPath, itemPath);
        emit(itemPath, "listed");
        return;
      }
      const rest = Object.fromEntries(Object.entries(item).filter(([field]) => !(named?.used ?? []).includes(field)));
      if (Object.values(rest).every((field) => field === undefined)) {
        name(itemIndexPath, itemPath);
        emit(itemPath, "listed");
        return;
      }
      walkObject(rest, itemIndexPath, itemPath, emit, name, factLabel);
    });
    return;
  }
  if (isObject(value) && !isLocalizedText(value) && !isAddress(value)) {
    if (Object.values(value).every((field) => field === undefined)) return emit(path, "none");
    return walkObject(value, indexPath, path, emit, name, factLabel);
  }
  emit(path, formatValue(key, value));
}

function walkObject(object, indexPath, path, emit, name, factLabel) {
  name(indexPath, path);
  for (const field of orderedKeys(object)) {
    const join = (base) => (base === "" ? field : `${base}.${field}`);
    walk(object[field], field, join(indexPath), join(path), emit, name, factLabel);
  }
}

/** The fact lines of one entry, in order. */
export function entryFacts(entry) {
  const { id: _id, ...facts } = entry;
  // First pass: the ledger name of every index path, so that unconfirmed facts and disagreements
  // can name what they point at.
  const names = new Map();
  const noop = () => {};
  walkObject(
    facts,
    "",
    "",
    noop,
    (indexPath, path) => names.set(indexPath, path),
    (fact) => fact,
  );
  const factLabel = (fact) => names.get(fact) ?? `${fact} (no such fact)`;
  const lines = [];
  walkObject(facts, "", "", (path, text) => lines.push(`${path}: ${text}`), noop, factLabel);
  return lines;
}

const header = [
  "# Catalog fact ledger",
  "",
  "Every fact of every catalog entry, one per line as `path: value`, entries by id. Generated: do not",
  "edit. `npm run ledger -w @policy/catalog` rewrites it from the catalog (test/ledger.test.ts fails",
  "while it is out of date); `npm run -s ledger:changes -w @policy/catalog -- [revision]` lists the",
  "changes since a revision (default HEAD) for a changeset.",
  "",
  "List items are named by what identifies them (a transfer by country and recipient, a cookie by",
  "name, a source by URL), not by position. Prose shows as `text (en, de)`: it is reviewed in the",
  "entry's own diff.",
];

/** The whole ledger file for a list (or record) of entries. */
export function renderLedger(entries) {
  const list = [...(Array.isArray(entries) ? entries : Object.values(entries))].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out = [...header];
  for (const entry of list) {
    out.push("", `## ${entry.id}`, "", "```text", ...entryFacts(entry), "```");
  }
  return `${out.join("\n")}\n`;
}

/** The entries of a ledger file: id -> fact lines, in file order. */
export function parseLedger(text) {
  const entries = new Map();
  let current;
  let inBlock = false;
  for (const line of text.split("\n")) {
    if (!inBlock && line.startsWith("## ")) {
      current = [];
      entries.set(line.slice(3).trim(), current);
    } else if (line.startsWith("```")) {
      inBlock = !inBlock && current !== undefined;
    } else if (inBlock && current !== undefined && line !== "") {
      current.push(line);
    }
  }
  return entries;
}

/** Splits a fact line at the first ": " outside brackets: [path, value]. */
export function splitFact(line) {
  let depth = 0;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (char === "[") depth++;
    else if (char === "]") depth = Math.max(0, depth - 1);
    else if (depth === 0 && char === ":" && line[index + 1] === " ") return [line.slice(0, index), line.slice(index + 2)];
  }
  return [line, ""];
}

/**
 * The differences between two ledgers, entry by entry (sorted by id): lines only in `before`
 * (removed) and only in `after` (added), with both sides' full lines; `status` says whether the
 * whole entry is new or gone.
 */
export function compareLedgers(beforeText, afterText) {
  const before = parseLedger(beforeText);
  const after = parseLedger(afterText);
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes = [];
  for (const id of ids) {
    const old = before.get(id) ?? [];
    const now = after.get(id) ?? [];
    const oldSet = new Set(old);
    const nowSet = new Set(now);
    const removed = old.filter((line) => !nowSet.has(line));
    const added = now.filter((line) => !oldSet.has(line));
    const status = !before.has(id) ? "added" : !after.has(id) ? "removed" : "changed";
    if (status === "changed" && removed.length === 0 && added.length === 0) continue;
    changes.push({ id, status, removed, added, before: old, after: now });
  }
  return changes;
}

/** The list item a fact path belongs to ("transfers[US → Google LLC]") and the rest ("mechanism"). */
function itemOf(path) {
  let depth = 0;
  let end = -1;
  for (let index = 0; index < path.length; index++) {
    if (path[index] === "[") depth++;
    else if (path[index] === "]" && --depth === 0) end = index;
  }
  return end === -1 ? undefined : { item: path.slice(0, end + 1), rest: path.slice(end + 1).replace(/^\./, "") };
}

const code = (text) => (text.includes("`") ? `\`\` ${text} \`\`` : `\`${text}\``);

/** The changed paths in ledger order: the old entry's order, with new paths after their predecessor. */
function changedPathsInOrder(before, after, changed) {
  const order = before.map((line) => splitFact(line)[0]);
  let last = -1;
  for (const path of after.map((line) => splitFact(line)[0])) {
    const index = order.indexOf(path);
    if (index === -1) order.splice(++last, 0, path);
    else last = index;
  }
  return order.filter((path) => changed.has(path));
}

/**
 * The changes as a Markdown list grouped by entry, for a changeset. A fact whose value changed is
 * "old → new"; a list item (a transfer, a cookie, a source) that came or went is one line with
 * its facts.
 */
export function formatChanges(changes) {
  const out = [];
  for (const { id, status, removed, added, before, after } of changes) {
    if (status !== "changed") {
      out.push(`- **${id}**: ${status === "added" ? "new entry" : "entry removed"}`);
      continue;
    }
    const lines = [];
    // "none" (an empty list) is no fact, and "listed" (an item with nothing but its name) is no
    // change of its own when the item's other facts came or went.
    const under = (path, others) => others.some((line) => line.startsWith(`${path}[`) || line.startsWith(`${path}.`));
    const facts = (side, others) =>
      new Map(side.map(splitFact).filter(([path, value]) => value !== "none" && !(value === "listed" && under(path, others))));
    const oldFacts = facts(removed, added);
    const newFacts = facts(added, removed);
    const itemsOf = (side) => new Set(side.map((line) => itemOf(splitFact(line)[0])?.item));
    const oldItems = itemsOf(before);
    const newItems = itemsOf(after);
    const done = new Set();
    for (const path of changedPathsInOrder(before, after, new Set([...oldFacts.keys(), ...newFacts.keys()]))) {
      const item = itemOf(path)?.item;
      const gone = item !== undefined && !newItems.has(item);
      const came = item !== undefined && !oldItems.has(item);
      if (gone || came) {
        if (done.has(item)) continue;
        done.add(item);
        const itemFacts = [...(gone ? oldFacts : newFacts)].filter(([other]) => itemOf(other)?.item === item);
        const parts = itemFacts.map(([other, value]) => {
          const rest = itemOf(other)?.rest ?? "";
          return rest === "" ? value : `${rest} ${value}`;
        });
        lines.push(`  - ${code(item)} ${gone ? "removed" : "added"}: ${parts.join("; ")}`);
      } else if (oldFacts.has(path) && newFacts.has(path)) {
        lines.push(`  - ${code(path)}: ${oldFacts.get(path)} → ${newFacts.get(path)}`);
      } else if (oldFacts.has(path)) {
        lines.push(`  - ${code(path)} removed (was: ${oldFacts.get(path)})`);
      } else {
        lines.push(`  - ${code(path)}: ${newFacts.get(path)} (new)`);
      }
    }
    if (lines.length > 0) out.push(`- **${id}**`, ...lines);
  }
  return out.join("\n");
}

/** The differences as lines for a test failure: per entry, "- old line" and "+ new line". */
export function describeDifferences(changes) {
  const out = [];
  for (const { id, status, removed, added } of changes) {
    out.push(`  ${id}${status === "changed" ? "" : ` (entry ${status})`}`);
    for (const line of removed) out.push(`    - ${line}`);
    for (const line of added) out.push(`    + ${line}`);
  }
  return out.join("\n");
}
