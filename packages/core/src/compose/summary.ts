import type { PhrasingContent } from "mdast";
import type { Service } from "../model/resolved.js";
import { getDataCategory, getLegalBasis, getPurpose, getSpecialCategoryCondition, type Translated } from "../taxonomy/index.js";
import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import { inline, type Inline, joined } from "./inline.js";
import { serviceCountries } from "./legal.js";
import { paragraph, table } from "./nodes.js";
import { serviceRetentionShort } from "./retention-text.js";
import { section } from "./section.js";

/** The services at a glance: one row per service with purpose, legal basis, data, retention and countries. */
export function summarySection(ctx: Context): PolicySection {
  const { m, policy } = ctx;
  const header = m.summaryHeader;
  return section("summary", {
    title: m.titles.summary,
    content: [
      paragraph(m.summaryIntro),
      table(
        m.summaryCaption,
        [header.service, header.purposes, ...(withBasis(ctx) ? [header.legalBasis] : []), header.data, header.retention, header.countries].map(
          (cell) => inline(cell),
        ),
        policy.services.map((service) => row(ctx, service)),
      ),
    ],
  });
}

/** Whether the table has a column for the legal basis: not under the FADP, which asks for none. */
function withBasis(ctx: Context): boolean {
  return ctx.law !== "fadp";
}

function row(ctx: Context, service: Service): Inline[] {
  const purposes = asList(unique(service.purposes.map((purpose) => getPurpose(purpose.purpose))), ctx);
  const data = asList(unique(service.data.map((item) => getDataCategory(item.category))), ctx);
  return [
    [ctx.serviceName(service)],
    ctx.list(purposes, "short"),
    ...(withBasis(ctx) ? [legalBasisCell(ctx, service)] : []),
    ctx.list(data, "short"),
    serviceRetentionShort(ctx, service),
    ctx.list(serviceCountries(service, ctx.policy).map(ctx.country), "short"),
  ];
}

/**
 * The legal basis of each purpose. One citation where every purpose shares it; otherwise each
 * purpose with its own ("Providing the service: Art. 6(1)(b) GDPR; business operations: ..."), so
 * a basis is never separated from its purpose; after the first, a purpose reads as inside a
 * sentence. An Art. 9(2) condition follows.
 */
function legalBasisCell(ctx: Context, service: Service): PhrasingContent[] {
  const { m } = ctx;
  const bases = unique(service.purposes.map((purpose) => purpose.legalBasis));
  const parts: Inline[] =
    bases.length === 1
      ? [inline(ctx.cite(getLegalBasis(bases[0]!)))]
      : uniqueBy(service.purposes, (purpose) => `${purpose.purpose} ${purpose.legalBasis}`).map((purpose, index) => {
          const { label, inSentence } = getPurpose(purpose.purpose);
          return m.purposeBasis(ctx.term(index === 0 ? label : inSentence), ctx.cite(getLegalBasis(purpose.legalBasis)));
        });
  if (service.specialCategoryCondition !== undefined) parts.push(inline(ctx.cite(getSpecialCategoryCondition(service.specialCategoryCondition))));
  return joined(parts, "; ");
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

/** Labels joined in a cell: the first as a label ("IP address"), the rest as they read inside a sentence ("IP address, technical usage data and browsing history"). */
function asList(entries: readonly { readonly label: Translated; readonly inSentence: Translated }[], ctx: Context): string[] {
  return entries.map((entry, index) => (index === 0 ? ctx.term(entry.label) : ctx.term(entry.inSentence)));
}
