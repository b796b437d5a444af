import type { Policy } from "../model/resolved.js";
import { locales, type Locale } from "../taxonomy/index.js";
import { automatedDecisionsSection } from "./automated-decisions.js";
import { californiaSection, hasCalifornia } from "./california.js";
import { changesSection } from "./changes.js";
import { complaintSection } from "./complaint.js";
import { consentSection } from "./consent.js";
import { contactSection } from "./contact.js";
import { createContext, type Context } from "./context.js";
import { dataIndexSection } from "./data-index.js";
import { deviceAccessSection, hasDeviceAccess } from "./device-access.js";
import type { PolicyDocument, PolicySection, SectionKind } from "./document.js";
import { hasConsent, hasObjection } from "./legal.js";
import { objectionSection } from "./objection.js";
import { overviewSection } from "./overview.js";
import { recipientsSection } from "./recipients.js";
import { retentionSection } from "./retention.js";
import { rightsSection } from "./rights.js";
import { servicesSection } from "./service.js";
import { hasTransfers, transfersSection } from "./transfers.js";
import { transfersIndexSection } from "./transfers-index.js";
import { typeset } from "./typography.js";

/**
 * One part of the document: its kind, whether the policy calls for it (always, without `when`),
 * and what builds it. The document is these tables read in order, as mdast-util-to-markdown keeps
 * a handler per node type in a map: adding a section is a row, not a branch.
 */
export interface SectionHandler {
  readonly kind: SectionKind;
  readonly when?: (ctx: Context) => boolean;
  readonly build: (ctx: Context) => PolicySection;
}

/** The policy's text, in document order: the overview, the services, then the general sections. */
export const textSections: readonly SectionHandler[] = [
  { kind: "overview", build: overviewSection },
  { kind: "services", build: servicesSection },
  { kind: "recipients", build: recipientsSection },
  { kind: "transfers", when: hasTransfers, build: transfersSection },
  { kind: "retention", build: retentionSection },
  { kind: "rights", build: rightsSection },
  { kind: "objection", when: (ctx) => hasObjection(ctx.policy), build: objectionSection },
  { kind: "consent", when: (ctx) => hasConsent(ctx.policy), build: consentSection },
  { kind: "complaint", build: complaintSection },
  { kind: "automated-decisions", build: automatedDecisionsSection },
  { kind: "device-access", when: hasDeviceAccess, build: deviceAccessSection },
  { kind: "california", when: hasCalifornia, build: californiaSection },
  { kind: "changes", build: changesSection },
  { kind: "contact", build: contactSection },
];

/** The index beside the text, with `index: true`: which services process which data, and where the data goes. Both always, saying so when empty. */
export const indexSections: readonly SectionHandler[] = [
  { kind: "data-index", build: dataIndexSection },
  { kind: "transfers-index", build: transfersIndexSection },
];

/** The sections a table gives for this policy, in the table's order. */
function build(table: readonly SectionHandler[], ctx: Context): PolicySection[] {
  return table.filter((handler) => handler.when?.(ctx) ?? true).map((handler) => handler.build(ctx));
}

export interface ComposeOptions {
  /** The language of the document: one of `locales`. */
  readonly locale: Locale;
  /**
   * Whether to compose the index beside the text (`document.index`): which services process which
   * data, and where the data goes. Default false: it is about as large as the text, and only the
   * renderers that show it need it.
   */
  readonly index?: boolean;
}

/**
 * The policy as text in one language: a layered notice (overview with a table of services, one
 * section per service, then the general sections), every section with a stable id. Pure: the same
 * policy and locale give the same document, byte for byte; nothing is read from the clock. The
 * document is a fresh tree each time, free to be changed by its user.
 */
export function compose(policy: Policy, options: ComposeOptions): PolicyDocument {
  const { locale, index } = checkOptions(options);
  const ctx = createContext(policy, locale);
  const { meta } = policy;

  // Messages are shared constants: hand out a tree of its own, so a renderer or remark plugin that
  // changes nodes in place cannot change the next document.
  return typeset(
    cloneTree({
      meta: {
        title: ctx.m.documentTitle,
        language: locale,
        version: meta.version,
        effective: meta.effective,
        updated: meta.updated,
        controller: policy.controller.name,
      },
      sections: build(textSections, ctx),
      ...(index ? { index: build(indexSections, ctx) } : {}),
    }),
    locale,
  );
}

/**
 * A deep copy of a document tree: plain objects, arrays and primitives only, which is all a
 * document holds. Several times faster than `structuredClone`, which compose spent most of its time
 * in for large policies.
 */
function cloneTree<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneTree) as T;
  if (value === null || typeof value !== "object") return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = cloneTree((value as Record<string, unknown>)[key]);
  return copy as T;
}

function checkOptions(options: ComposeOptions): { locale: Locale; index: boolean } {
  if (options === null || typeof options !== "object") {
    throw new TypeError(`options must be an object such as { locale: "en" }, got ${options === null ? "null" : typeof options}`);
  }
  const { locale, index = false } = options as { locale?: unknown; index?: unknown };
  if (typeof locale !== "string" || !(locales as readonly string[]).includes(locale)) {
    throw new TypeError(`locale must be one of ${locales.map((l) => `"${l}"`).join(", ")}, got ${JSON.stringify(locale) ?? String(locale)}`);
  }
  if (typeof index !== "boolean") throw new TypeError(`index must be true or false, got ${JSON.stringify(index) ?? String(index)}`);
  return { locale: locale as Locale, index };
}
