#!/usr/bin/env node
// Builds src/taxonomy/generated/*.ts from the vendored vocabularies in ../shared/data (fideslang,
// DPV, draft mappings) and our hand-written inputs in taxonomy-src/ (including dpv-corrections.json,
// our second read of the draft mappings, applied on top of them, and sentence-case.json, which
// decides how each label reads inside a sentence).
//
// Usage: node scripts/build-taxonomy.mjs   (POLICY_SHARED_DATA=/path/to/shared/data to override)
//
// The script checks everything first and writes nothing when a check fails: a half-written
// taxonomy would compile and silently ship wrong ids or IRIs.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const scriptDir = dirname(fileURLToPath(import.meta.url));

// The languages are core's own list, read from its build, so that a language added there must be
// given here too: every label and description below is checked for each of them.
const typesUrl = pathToFileURL(join(scriptDir, "../dist/taxonomy/types.js"));
const { locales, translatedLocales } = await import(typesUrl.href).catch(() => {
  console.error("build-taxonomy: core is not built; run `npx tsc -b` in packages/core first");
  process.exit(1);
});
/** An object with one value per language, in the order of core's list. */
const byLocale = (value) => Object.fromEntries(locales.map((locale) => [locale, value(locale)]));
const sharedData = resolve(process.env.POLICY_SHARED_DATA ?? join(scriptDir, "../../../../shared/data"));
const srcDir = join(scriptDir, "../taxonomy-src");
const outDir = join(scriptDir, "../src/taxonomy/generated");

const EXPECTED_COUNTS = { dataCategories: 85, purposes: 56, dataSubjects: 15 };
const GDPR_NS = "https://w3id.org/dpv/legal/eu/gdpr#";
const PREFIXES = { pd: "https://w3id.org/dpv/pd#", dpv: "https://w3id.org/dpv#" };

const errors = [];
const fail = (message) => errors.push(message);

// --- reading ---------------------------------------------------------------------------------

const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));
const shared = (...parts) => readJson(join(sharedData, ...parts));
const src = (name) => readJson(join(srcDir, name));

/** RFC 4180 CSV: quoted fields may hold commas, newlines and "" for a quote. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header = [], ...body] = rows.filter((r) => r.length > 1 || r[0] !== "");
  return body.map((r) => Object.fromEntries(header.map((name, i) => [name, r[i] ?? ""])));
}

const readCsv = (name) => parseCsv(readFileSync(join(sharedData, "dpv", name), "utf8"));

// Every IRI defined by a row of the vendored DPV tables: the only IRIs we may write.
const dpvIris = new Set();
for (const file of readdirSync(join(sharedData, "dpv"))
  .filter((f) => f.endsWith(".csv"))
  .sort()) {
  for (const row of readCsv(file)) if (row.iri) dpvIris.add(row.iri);
}

// --- dotted taxonomies -----------------------------------------------------------------------

const drops = src("dpv-drops.json");

// Our second read of the drafts: { categories: { key: { match, dpv, why } }, purposes: {...} }.
// A correction replaces the draft's [match, values] for its key and is never dropped.
const corrections = src("dpv-corrections.json");
const MATCHES = ["exact", "close", "broad", "none"];
for (const section of Object.keys(corrections)) {
  if (!["$comment", "categories", "purposes"].includes(section)) fail(`dpv-corrections.json: unknown section "${section}"`);
}

/** Checks a mapping we state ourselves ({ match, dpv, why }: a correction, or an extra entry's). */
function checkStatedMapping(where, c) {
  if (!MATCHES.includes(c.match)) fail(`${where}: unknown match "${c.match}"`);
  if (!Array.isArray(c.dpv) || (c.dpv.length === 0) !== (c.match === "none")) fail(`${where}: needs IRIs unless (and only if) its match is "none"`);
  if (!isText(c.why)) fail(`${where}: gives no "why"`);
}

/** The draft mapping with our corrections applied; fails on a correction for an unknown key. */
function correctMapping(vocabulary, section, mapping, fides) {
  const corrected = { ...mapping };
  for (const [key, c] of Object.entries(corrections[section] ?? {})) {
    if (!fides.some((f) => f.fides_key === key)) fail(`${vocabulary} "${key}": in taxonomy-src/dpv-corrections.json but not in fideslang`);
    checkStatedMapping(`${vocabulary} "${key}": correction`, c);
    corrected[key] = [c.match, c.dpv ?? [], "taxonomy-src/dpv-corrections.json"];
  }
  return corrected;
}

/**
 * Turns a draft mapping value like "pd:EmailAddress" or "dpv:Child (data subject, ...)" into a
 * full IRI. The note in parentheses is the mapper's remark, never part of the concept name.
 */
function expandMappingValue(value) {
  const term = value.replace(/\s*\(.*\)\s*$/s, "").trim();
  const match = /^(\w+):(\w+)$/.exec(term);
  const base = match && PREFIXES[match[1]];
  return base ? base + match[2] : null;
}

function mapDpv(vocabulary, key, mapping) {
  if (!mapping) {
    fail(`${vocabulary} "${key}": no entry in the DPV mapping`);
    return { dpv: [], dpvMatch: "none" };
  }
  // statedIn: the file of ours that states this mapping (a correction or an extra entry); the
  // draft's mappings have none, and only they may drop an IRI through dpv-drops.json.
  const [match, values, statedIn] = mapping;
  // "none" means nothing fits; its values are only the mapper's notes on near misses.
  if (match === "none") return { dpv: [], dpvMatch: "none" };
  const allowedDrops = statedIn ? {} : (drops[vocabulary]?.[key] ?? {});
  const dpv = [];
  for (const value of values) {
    const iri = expandMappingValue(value);
    if (iri && dpvIris.has(iri)) dpv.push(iri);
    else if (!(value in allowedDrops)) {
      const fix = statedIn ? `fix it in ${statedIn}` : "list it in taxonomy-src/dpv-drops.json to drop it on purpose";
      fail(`${vocabulary} "${key}": DPV IRI ${iri ?? value} is not in the DPV tables in ${join(sharedData, "dpv")} (${fix})`);
    }
  }
  return { dpv, dpvMatch: dpv.length > 0 ? match : "none" };
}

const isText = (s) => typeof s === "string" && s.trim() !== "";

// --- sentence forms ----------------------------------------------------------------------------

// Compose joins labels into running text ("Name, e-mail address and approximate location"), where
// the capital a label starts with is wrong unless the word keeps it anyway: a German noun, an
// acronym. Which words keep it is data (taxonomy-src/sentence-case.json), never guessed from a
// word's ending, and only the first letter of the first word ever changes.
const sentenceCase = src("sentence-case.json");

// English and German are written in the sources above; every further language is one file,
// taxonomy-src/i18n/<locale>.json, with a label (and a description or citation) for every id. Its
// text is laid over the sources here, so that the rest of the build sees one text per language.
const i18n = Object.fromEntries(
  translatedLocales.map((locale) => {
    try {
      return [locale, src(join("i18n", `${locale}.json`))];
    } catch (error) {
      fail(`${locale}: taxonomy-src/i18n/${locale}.json is missing or not JSON (${error.message})`);
      return [locale, {}];
    }
  }),
);
/** The label inside a sentence, where an i18n file gives it: locale → label → form. */
const statedInSentence = byLocale(() => new Map());
/** The i18n text of one id in one section; every id must have one, and no file may name an unknown id. */
function i18nText(locale, section, id, fields) {
  const entry = i18n[locale]?.[section]?.[id];
  for (const field of fields) if (!isText(entry?.[field])) fail(`${section} "${id}": ${field} missing in taxonomy-src/i18n/${locale}.json`);
  if (isText(entry?.inSentence)) statedInSentence[locale].set(entry.label, entry.inSentence);
  return entry ?? {};
}
function checkI18nIds(section, ids) {
  for (const locale of Object.keys(i18n)) {
    for (const id of Object.keys(i18n[locale][section] ?? {}))
      if (!ids.includes(id)) fail(`taxonomy-src/i18n/${locale}.json ${section}: unknown id "${id}"`);
  }
}
const firstWordOf = (label) => /^[\p{L}\p{N}-]+/u.exec(label)?.[0] ?? "";
const lowerFirst = (label) => label.charAt(0).toLowerCase() + label.slice(1);
/** The first words seen per language, so that a listed word no label starts is reported. */
const firstWordsSeen = byLocale(() => new Set());
const sentenceForms = {
  // Sentence-case labels: lower-case unless the first word is an acronym or name we list.
  en: (label, word, where) => {
    if (sentenceCase.en.keep.includes(word)) return label;
    if (/\p{Lu}/u.test(word.slice(1)))
      fail(`${where}: "${label}" starts with "${word}"; list it in taxonomy-src/sentence-case.json en.keep if it keeps its capitals`);
    return lowerFirst(label);
  },
  // Nouns keep their capital; every first word is listed as one or the other.
  de: (label, word, where) => {
    const lower = sentenceCase.de.lower.includes(word);
    if (lower === sentenceCase.de.keep.includes(word))
      fail(`${where}: "${label}": list its first word "${word}" in exactly one of de.lower and de.keep in taxonomy-src/sentence-case.json`);
    return lower ? lowerFirst(label) : label;
  },
};
// A further language lower-cases the first letter unless the word is an acronym ("IP", "URL") or
// its i18n file states the form itself.
for (const locale of Object.keys(i18n)) {
  sentenceForms[locale] = (label, word) => statedInSentence[locale].get(label) ?? (/\p{Lu}/u.test(word.slice(1)) ? label : lowerFirst(label));
}
for (const locale of locales) if (sentenceForms[locale] === undefined) fail(`no sentence forms for ${locale} (taxonomy-src/sentence-case.json)`);

/** A label in every language as it reads inside a sentence. */
function inSentence(label, where) {
  return byLocale((locale) => {
    const text = label[locale];
    if (!isText(text)) return ""; // reported as a missing label
    const word = firstWordOf(text);
    firstWordsSeen[locale].add(word);
    return sentenceForms[locale]?.(text, word, `${where} (${locale})`) ?? "";
  });
}

/** A taxonomy entry's source with each further language's [label, description] added from its i18n file. */
function withI18n(section, id, ours) {
  const added = Object.keys(i18n).map((locale) => {
    const entry = i18nText(locale, section, id, ["label", "description"]);
    return [locale, [entry.label, entry.description]];
  });
  return { ...ours, ...Object.fromEntries(added) };
}

function buildTaxonomy({ vocabulary, fideslangFile, mappingFile, correctionsSection, translations, extras = {}, extrasFile, extend = () => ({}) }) {
  const fides = shared("fideslang", fideslangFile);
  const draft = shared("mappings", mappingFile);
  const mapping = correctionsSection ? correctMapping(vocabulary, correctionsSection, draft, fides) : draft;
  if (fides.length !== EXPECTED_COUNTS[vocabulary]) {
    fail(`${vocabulary}: expected ${EXPECTED_COUNTS[vocabulary]} fideslang entries, found ${fides.length}`);
  }
  for (const key of Object.keys(translations)) {
    if (!fides.some((f) => f.fides_key === key)) fail(`${vocabulary} "${key}": in taxonomy-src but not in fideslang`);
  }
  for (const key of Object.keys(draft)) {
    if (!fides.some((f) => f.fides_key === key)) fail(`${vocabulary} "${key}": in the DPV mapping but not in fideslang`);
  }

  const entries = [];
  for (const f of fides) {
    const ours = withI18n(vocabulary, f.fides_key, translations[f.fides_key] ?? {});
    // English comes from fideslang unless we word it ourselves; every other language from taxonomy-src.
    for (const locale of locales.filter((other) => other !== "en")) {
      const [label, description] = ours[locale] ?? [];
      if (!isText(label) || !isText(description)) fail(`${vocabulary} "${f.fides_key}": ${locale} label or description missing in taxonomy-src`);
    }
    const label = byLocale((locale) => (locale === "en" ? (ours.labelEn ?? f.name) : (ours[locale]?.[0] ?? "")));
    entries.push({
      id: f.fides_key,
      parent: f.parent_key ?? null,
      label,
      inSentence: inSentence(label, `${vocabulary} "${f.fides_key}"`),
      description: byLocale((locale) => (locale === "en" ? (ours.descriptionEn ?? f.description) : (ours[locale]?.[1] ?? ""))),
      ...mapDpv(vocabulary, f.fides_key, mapping[f.fides_key]),
      origin: "fideslang",
      ...(f.replaced_by ? { deprecated: { since: f.version_deprecated, replacedBy: f.replaced_by } } : {}),
      ...extend(f.fides_key, ours),
    });
  }
  for (const [key, stated] of Object.entries(extras)) {
    const ours = withI18n(vocabulary, key, stated);
    if (entries.some((e) => e.id === key)) fail(`${vocabulary} "${key}": extra entry clashes with a fideslang key`);
    for (const locale of locales) {
      if (!isText(ours[locale]?.[0]) || !isText(ours[locale]?.[1])) fail(`${vocabulary} "${key}": ${locale} label or description missing`);
    }
    // An extra entry states its DPV mapping itself, as a correction does; without one, none fits.
    const mapped = ours.match !== undefined || ours.dpv !== undefined;
    if (mapped) checkStatedMapping(`${vocabulary} "${key}": DPV mapping in ${extrasFile}`, ours);
    const label = byLocale((locale) => ours[locale]?.[0] ?? "");
    entries.push({
      id: key,
      parent: ours.parent ?? null,
      label,
      inSentence: inSentence(label, `${vocabulary} "${key}"`),
      description: byLocale((locale) => ours[locale]?.[1] ?? ""),
      ...(mapped ? mapDpv(vocabulary, key, [ours.match, ours.dpv ?? [], extrasFile]) : { dpv: [], dpvMatch: "none" }),
      origin: "policy",
      ...extend(key, ours),
    });
  }

  checkI18nIds(
    vocabulary,
    entries.map((e) => e.id),
  );
  const byId = new Map(entries.map((e) => [e.id, e]));
  if (byId.size !== entries.length) fail(`${vocabulary}: duplicate ids`);
  for (const e of entries) {
    if (e.parent !== null && !byId.has(e.parent)) fail(`${vocabulary} "${e.id}": parent "${e.parent}" is missing`);
    if (e.deprecated) {
      const next = byId.get(e.deprecated.replacedBy);
      if (!next || next.deprecated) fail(`${vocabulary} "${e.id}": replacement "${e.deprecated.replacedBy}" is missing or deprecated`);
    }
    const seen = new Set();
    for (let p = e; p && p.parent !== null; p = byId.get(p.parent)) {
      if (seen.has(p.id)) {
        fail(`${vocabulary} "${e.id}": parent cycle`);
        break;
      }
      seen.add(p.id);
    }
  }
  return entries;
}

// --- CCPA categories -------------------------------------------------------------------------

/** How each language cites a section of the California Civil Code. */
const civilCodeCitation = {
  en: (section) => `Cal. Civ. Code ${section}`,
  de: (section) => `${section} California Civil Code`,
};
// A further language states each citation in its i18n file.
for (const locale of Object.keys(i18n)) civilCodeCitation[locale] = () => "";
for (const locale of locales) if (civilCodeCitation[locale] === undefined) fail(`no citation style for the California Civil Code in ${locale}`);

/** A CCPA category's source with each further language's label and citation added from its i18n file. */
function withCcpaI18n(section, c) {
  const added = Object.keys(i18n).map((locale) => [locale, i18nText(locale, section, c.id, ["label", "citation"])]);
  return {
    ...c,
    ...Object.fromEntries(added.map(([locale, e]) => [locale, e.label])),
    i18nCitation: Object.fromEntries(added.map(([locale, e]) => [locale, e.citation])),
  };
}

const ccpaCategories = src("ccpa-categories.json").categories.map((stated) => {
  const c = withCcpaI18n("ccpaCategories", stated);
  const section = `§ 1798.140(v)(1)(${c.letter})${c.id === "sensitive" ? ", (ae)" : ""}`;
  for (const locale of locales) if (!isText(c[locale])) fail(`ccpa "${c.id}": ${locale} label missing`);
  const label = byLocale((locale) => c[locale]);
  return {
    id: c.id,
    label,
    inSentence: inSentence(label, `ccpa "${c.id}"`),
    citation: byLocale((locale) => c.i18nCitation[locale] ?? civilCodeCitation[locale]?.(section) ?? ""),
  };
});
const ccpaIds = new Set(ccpaCategories.map((c) => c.id));
checkI18nIds("ccpaCategories", [...ccpaIds]);
const ccpaSensitiveCategories = src("ccpa-categories.json").sensitive.map((stated) => {
  const c = withCcpaI18n("ccpaSensitive", stated);
  for (const locale of locales) if (!isText(c[locale])) fail(`ccpa sensitive "${c.id}": ${locale} label missing`);
  const label = byLocale((locale) => c[locale]);
  return {
    id: c.id,
    label,
    inSentence: inSentence(label, `ccpa sensitive "${c.id}"`),
    citation: byLocale((locale) => c.i18nCitation[locale] ?? civilCodeCitation[locale]?.(`§ 1798.140(ae)${c.ref}`) ?? ""),
  };
});
const ccpaSensitiveIds = new Set(ccpaSensitiveCategories.map((c) => c.id));
checkI18nIds("ccpaSensitive", [...ccpaSensitiveIds]);

// --- taxonomies --------------------------------------------------------------------------------

const categoriesSrc = src("data-categories.json");
const dataCategories = buildTaxonomy({
  vocabulary: "dataCategories",
  fideslangFile: "data_categories.json",
  mappingFile: "fideslang_to_dpv_pd.json",
  correctionsSection: "categories",
  translations: categoriesSrc.categories,
  extras: categoriesSrc.extras,
  extrasFile: "taxonomy-src/data-categories.json",
  extend: (key, ours) => {
    if (!Array.isArray(ours.ccpa)) fail(`dataCategories "${key}": "ccpa" missing in taxonomy-src (a list; [] when none fits)`);
    for (const id of ours.ccpa) {
      // L (sensitive personal information) follows from ccpaSensitive, so that each such datum names its kind.
      if (!ccpaIds.has(id) || id === "sensitive") fail(`dataCategories "${key}": unknown CCPA category "${id}"`);
    }
    const sensitive = ours.ccpaSensitive ?? null;
    if (sensitive !== null && !ccpaSensitiveIds.has(sensitive))
      fail(`dataCategories "${key}": unknown kind of sensitive personal information "${sensitive}"`);
    // criminal is GDPR Art. 10 data, kept apart from Art. 9 because no Art. 9(2) condition covers it.
    return { special: ours.special === true, criminal: ours.criminal === true, ccpa: ours.ccpa, ccpaSensitive: sensitive };
  },
});
for (const e of dataCategories) {
  const parent = dataCategories.find((p) => p.id === e.parent);
  if (parent?.special && !e.special) fail(`dataCategories "${e.id}": parent is a special category but the child is not flagged`);
}

const purposes = buildTaxonomy({
  vocabulary: "purposes",
  fideslangFile: "data_uses.json",
  mappingFile: "fideslang_uses_to_dpv_purposes.json",
  correctionsSection: "purposes",
  translations: src("purposes.json").purposes,
});

const subjectsSrc = src("data-subjects.json");
const dataSubjects = buildTaxonomy({
  vocabulary: "dataSubjects",
  fideslangFile: "data_subjects.json",
  mappingFile: "fideslang_subjects_to_dpv.json",
  translations: subjectsSrc.subjects,
  extras: subjectsSrc.extras,
  extrasFile: "taxonomy-src/data-subjects.json",
});

// --- legal concepts ----------------------------------------------------------------------------

const legal = src("legal.json");

function buildLegal(group) {
  checkI18nIds(
    group,
    legal[group].map((c) => c.id),
  );
  return legal[group].map((stated) => {
    const c = { ...stated, label: { ...stated.label }, citation: { ...stated.citation } };
    for (const locale of Object.keys(i18n)) {
      const entry = i18nText(locale, group, c.id, ["label", "citation"]);
      c.label[locale] = entry.label;
      c.citation[locale] = entry.citation;
    }
    // DPV's GDPR ids are ours, so the IRI follows from the id; "dpv": null marks our own ids.
    const dpv = c.dpv === null ? null : GDPR_NS + c.id;
    if (dpv && !dpvIris.has(dpv)) fail(`${group} "${c.id}": DPV IRI ${dpv} is not in the DPV tables`);
    for (const field of ["label", "citation"]) {
      for (const locale of locales) if (!isText(c[field]?.[locale])) fail(`${group} "${c.id}": ${field} missing in ${locale}`);
    }
    return { id: c.id, dpv, label: c.label, inSentence: inSentence(c.label, `${group} "${c.id}"`), citation: c.citation };
  });
}

const legalBases = buildLegal("legalBases");
const specialCategoryConditions = buildLegal("specialCategoryConditions");
const transferGrounds = buildLegal("transferGrounds");
const rights = buildLegal("rights");
const rightIds = rights.map((r) => r.id);

const rightsMapping = readCsv("gdpr-legal_basis_rights_mapping.csv");
const rightsByLegalBasis = {};
for (const basis of legalBases) {
  const own = legal.legalBases.find((c) => c.id === basis.id).rights;
  if (basis.dpv === null) {
    // A basis of our own (the UK GDPR's A6-1-ea) states its rights: DPV's table cannot.
    const unknown = (own ?? []).filter((id) => !rightIds.includes(id));
    if (own === undefined || unknown.length > 0) fail(`legalBases "${basis.id}": list its rights (known right ids) in "rights"`);
    rightsByLegalBasis[basis.id] = rightIds.filter((id) => own?.includes(id));
    continue;
  }
  if (own !== undefined) fail(`legalBases "${basis.id}": its rights come from DPV's table; "rights" is only for ids DPV lacks`);
  const local = (iri) => iri.slice(GDPR_NS.length);
  let rows = rightsMapping.filter((r) => r.legal_basis === basis.dpv);
  // DPV lists rights for the variants too (A6-1-a-explicit-consent, ...): use them only as a
  // fallback, so a future DPV that drops the main basis still gives an answer.
  if (rows.length === 0) rows = rightsMapping.filter((r) => r.legal_basis.startsWith(`${basis.dpv}-`));
  const found = new Set(rows.map((r) => local(r.right)));
  // DPV's table leaves out Art. 19, but the duty to tell recipients follows every rectification,
  // erasure or restriction, so it applies wherever one of those rights does.
  if (["A16", "A17", "A18"].some((r) => found.has(r))) found.add("A19");
  // A13/A14 (information duties) are not rights a person exercises, so they are not in rightIds.
  rightsByLegalBasis[basis.id] = rightIds.filter((id) => found.has(id));
  if (rightsByLegalBasis[basis.id].length === 0) fail(`legalBases "${basis.id}": no rights found in gdpr-legal_basis_rights_mapping.csv`);
}

for (const group of [dataCategories, purposes, dataSubjects]) {
  for (const e of group) for (const iri of e.dpv) if (!dpvIris.has(iri)) fail(`"${e.id}": DPV IRI ${iri} is not in the DPV tables`);
}

// A listed word no label starts is a typo or a label since renamed: the list would no longer say
// what it seems to.
for (const locale of locales) {
  for (const [list, words] of Object.entries(sentenceCase[locale] ?? {})) {
    for (const word of words)
      if (!firstWordsSeen[locale].has(word)) fail(`taxonomy-src/sentence-case.json ${locale}.${list}: no label starts with "${word}"`);
  }
}

if (errors.length > 0) {
  console.error(`build-taxonomy: ${errors.length} problem(s), nothing written:\n${errors.map((e) => `  - ${e}`).join("\n")}`);
  process.exit(1);
}

// --- writing -----------------------------------------------------------------------------------

const FIDESLANG = "fideslang by Ethyca, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), with changes";
const DPV = "W3C Data Privacy Vocabulary (DPV), W3C Software and Document License (https://www.w3.org/copyright/software-license-2023/)";

function header(sources, attribution) {
  return `// Generated by scripts/build-taxonomy.mjs from ${sources.join(", ")}. Do not edit.\n// Attribution: ${attribution}. See NOTICE.\n`;
}

const json = (value) => JSON.stringify(value, null, 2);

function vocabularyFile({ head, imports, idsName, idType, valuesName, valueType, entries, extra = "" }) {
  return `${head}\n${imports}\n\nexport const ${idsName} = ${json(entries.map((e) => e.id))} as const;\nexport type ${idType} = (typeof ${idsName})[number];\n\nexport const ${valuesName}: readonly ${valueType}[] = ${json(entries)};\n${extra}`;
}

// Entries with origin "policy" (our extra data categories and data subjects) are ours, not fideslang's.
const taxonomyAttribution = `derived from ${FIDESLANG}, except the entries with origin "policy", which are written for this project; DPV IRIs from the ${DPV}`;
const legalAttribution = `DPV IRIs from the ${DPV}; labels and citations written for this project`;

const files = {
  "data-categories.ts": vocabularyFile({
    head: header(
      [
        "fideslang data_categories.json",
        "mappings/fideslang_to_dpv_pd.json",
        "taxonomy-src/dpv-corrections.json",
        "dpv/*.csv",
        "taxonomy-src/data-categories.json",
        "taxonomy-src/sentence-case.json",
      ],
      taxonomyAttribution,
    ),
    // The entry types live below the generated files (../types.ts), so no import runs back up.
    imports: `import type { DataCategoryEntry } from "../types.js";\nimport type { CcpaCategoryId } from "./ccpa-categories.js";\nimport type { CcpaSensitiveId } from "./ccpa-sensitive-categories.js";`,
    idsName: "dataCategoryIds",
    idType: "DataCategoryId",
    valuesName: "dataCategories",
    valueType: "DataCategoryEntry<DataCategoryId, CcpaCategoryId, CcpaSensitiveId>",
    entries: dataCategories,
  }),
  "purposes.ts": vocabularyFile({
    head: header(
      [
        "fideslang data_uses.json",
        "mappings/fideslang_uses_to_dpv_purposes.json",
        "taxonomy-src/dpv-corrections.json",
        "dpv/*.csv",
        "taxonomy-src/purposes.json",
        "taxonomy-src/sentence-case.json",
      ],
      taxonomyAttribution,
    ),
    imports: `import type { TaxonomyEntry } from "../types.js";`,
    idsName: "purposeIds",
    idType: "PurposeId",
    valuesName: "purposes",
    valueType: "TaxonomyEntry<PurposeId>",
    entries: purposes,
  }),
  "data-subjects.ts": vocabularyFile({
    head: header(
      [
        "fideslang data_subjects.json",
        "mappings/fideslang_subjects_to_dpv.json",
        "dpv/*.csv",
        "taxonomy-src/data-subjects.json",
        "taxonomy-src/sentence-case.json",
      ],
      taxonomyAttribution,
    ),
    imports: `import type { TaxonomyEntry } from "../types.js";`,
    idsName: "dataSubjectIds",
    idType: "DataSubjectId",
    valuesName: "dataSubjects",
    valueType: "TaxonomyEntry<DataSubjectId>",
    entries: dataSubjects,
  }),
  "ccpa-categories.ts": vocabularyFile({
    head: header(
      ["taxonomy-src/ccpa-categories.json", "taxonomy-src/sentence-case.json"],
      "labels written for this project from Cal. Civ. Code § 1798.140; no third-party material",
    ),
    imports: `import type { CcpaCategoryEntry } from "../types.js";`,
    idsName: "ccpaCategoryIds",
    idType: "CcpaCategoryId",
    valuesName: "ccpaCategories",
    valueType: "CcpaCategoryEntry<CcpaCategoryId>",
    entries: ccpaCategories,
  }),
  "ccpa-sensitive-categories.ts": vocabularyFile({
    head: header(
      ["taxonomy-src/ccpa-categories.json", "taxonomy-src/sentence-case.json"],
      "labels written for this project from Cal. Civ. Code § 1798.140; no third-party material",
    ),
    imports: `import type { CcpaCategoryEntry } from "../types.js";`,
    idsName: "ccpaSensitiveIds",
    idType: "CcpaSensitiveId",
    valuesName: "ccpaSensitiveCategories",
    valueType: "CcpaCategoryEntry<CcpaSensitiveId>",
    entries: ccpaSensitiveCategories,
  }),
  "legal-bases.ts": vocabularyFile({
    head: header(["dpv/gdpr-legal_basis.csv", "taxonomy-src/legal.json", "taxonomy-src/sentence-case.json"], legalAttribution),
    imports: `import type { LegalConcept } from "../types.js";`,
    idsName: "legalBasisIds",
    idType: "LegalBasisId",
    valuesName: "legalBases",
    valueType: "LegalConcept<LegalBasisId>",
    entries: legalBases,
  }),
  "special-category-conditions.ts": vocabularyFile({
    head: header(["dpv/gdpr-legal_basis_special.csv", "taxonomy-src/legal.json", "taxonomy-src/sentence-case.json"], legalAttribution),
    imports: `import type { LegalConcept } from "../types.js";`,
    idsName: "specialCategoryConditionIds",
    idType: "SpecialCategoryConditionId",
    valuesName: "specialCategoryConditions",
    valueType: "LegalConcept<SpecialCategoryConditionId>",
    entries: specialCategoryConditions,
  }),
  "transfer-grounds.ts": vocabularyFile({
    head: header(["dpv/gdpr-legal_basis_data_transfer.csv", "taxonomy-src/legal.json", "taxonomy-src/sentence-case.json"], legalAttribution),
    imports: `import type { LegalConcept } from "../types.js";`,
    idsName: "transferGroundIds",
    idType: "TransferGroundId",
    valuesName: "transferGrounds",
    valueType: "LegalConcept<TransferGroundId>",
    entries: transferGrounds,
  }),
  "rights.ts": vocabularyFile({
    head: header(
      ["dpv/gdpr-rights.csv", "dpv/gdpr-legal_basis_rights_mapping.csv", "taxonomy-src/legal.json", "taxonomy-src/sentence-case.json"],
      legalAttribution,
    ),
    imports: `import type { LegalConcept } from "../types.js";\nimport type { LegalBasisId } from "./legal-bases.js";`,
    idsName: "rightIds",
    idType: "RightId",
    valuesName: "rights",
    valueType: "LegalConcept<RightId>",
    entries: rights,
    extra: `\n/** The rights a person has when we rely on each legal basis (DPV's mapping, plus Art. 19). */\nexport const rightsByLegalBasis: Readonly<Record<LegalBasisId, readonly RightId[]>> = ${json(rightsByLegalBasis)};\n`,
  }),
};

mkdirSync(outDir, { recursive: true });
for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
console.log(
  `build-taxonomy: wrote ${Object.keys(files).length} files to ${outDir} ` +
    `(${dataCategories.length} data categories, ${purposes.length} purposes, ${dataSubjects.length} data subjects)`,
);
