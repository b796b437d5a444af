import type { Policy } from "../model/resolved.js";
import { locales, type Locale } from "../taxonomy/index.js";
import { automatedDecisionsSection } from "./automated-decisions.js";
import { changesSection } from "./changes.js";
import { complaintSection } from "./complaint.js";
import { consentSection } from "./consent.js";
import { contactSection } from "./contact.js";
import { createContext } from "./context.js";
import { deviceAccessSection, hasDeviceAccess } from "./device-access.js";
import type { PolicyDocument, PolicySection } from "./document.js";
import { hasConsent, hasObjection } from "./legal.js";
import { objectionSection } from "./objection.js";
import { overviewSection } from "./overview.js";
import { recipientsSection } from "./recipients.js";
import { retentionSection } from "./retention.js";
import { rightsSection } from "./rights.js";
import { servicesSection } from "./service.js";
import { hasTransfers, transfersSection } from "./transfers.js";

export interface ComposeOptions {
  /** The language of the document: "en" or "de". */
  readonly locale: Locale;
}

/**
 * The policy as text in one language: a layered notice (overview with a table of services, one
 * section per service, then the general sections), every section with a stable id. Pure: the same
 * policy and locale give the same document, byte for byte; nothing is read from the clock. The
 * document is a fresh tree each time, free to be changed by its user.
 */
export function compose(policy: Policy, options: ComposeOptions): PolicyDocument {
  const locale = checkOptions(options);
  const ctx = createContext(policy, locale);
  const { meta } = policy;

  const sections: PolicySection[] = [overviewSection(ctx), servicesSection(ctx), recipientsSection(ctx)];
  if (hasTransfers(ctx)) sections.push(transfersSection(ctx));
  sections.push(retentionSection(ctx), rightsSection(ctx));
  if (hasObjection(policy)) sections.push(objectionSection(ctx));
  if (hasConsent(policy)) sections.push(consentSection(ctx));
  sections.push(complaintSection(ctx), automatedDecisionsSection(ctx));
  if (hasDeviceAccess(ctx)) sections.push(deviceAccessSection(ctx));
  sections.push(changesSection(ctx), contactSection(ctx));

  // Messages are shared constants: hand out a tree of its own, so a renderer or remark plugin that
  // changes nodes in place cannot change the next document.
  return cloneTree({
    meta: {
      title: ctx.m.documentTitle,
      language: locale,
      version: meta.version,
      effective: meta.effective,
      updated: meta.updated,
      controller: policy.controller.name,
    },
    sections,
  });
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

function checkOptions(options: ComposeOptions): Locale {
  if (options === null || typeof options !== "object") {
    throw new TypeError(`options must be an object such as { locale: "en" }, got ${options === null ? "null" : typeof options}`);
  }
  const { locale } = options as { locale?: unknown };
  if (typeof locale !== "string" || !(locales as readonly string[]).includes(locale)) {
    throw new TypeError(`locale must be one of ${locales.map((l) => `"${l}"`).join(", ")}, got ${JSON.stringify(locale) ?? String(locale)}`);
  }
  return locale as Locale;
}
