import type { DeviceAccess } from "../model/device-access.js";
import type { Policy, Service } from "../model/resolved.js";
import type { ChangeSubject, PolicyChange } from "./change.js";
import { changeRules, type ChangeRuleId } from "./change-rules.js";
import { isLonger } from "./retention-length.js";
import { transferStrength } from "./transfer-strength.js";
import { locales, type Locale } from "../taxonomy/index.js";

/**
 * What changed between two versions of a policy, each resolved (catalog defaults applied, so a
 * changed catalog fact shows up as a change of the policy). Lists are compared by their keys (a
 * service's id, a purpose, a kind of data, a country, a cookie's name), so reordering changes
 * nothing. In document order: the controller and contacts, then each service as the later
 * version has them (removed ones where they stood), then the policy's own cookies.
 */
export function diff(before: Policy, after: Policy): PolicyChange[] {
  const changes: PolicyChange[] = [];
  const add = (rule: ChangeRuleId, path: string, values: { before?: unknown; after?: unknown; service?: string; subject?: ChangeSubject }) => {
    const { subject, kind, class: level } = changeRules[rule];
    changes.push({
      kind,
      subject: values.subject ?? subject,
      ...(values.service === undefined ? {} : { service: values.service }),
      path,
      ...("before" in values ? { before: values.before } : {}),
      ...("after" in values ? { after: values.after } : {}),
      class: level,
      rule,
    });
  };

  if (before.controller.name !== after.controller.name || before.controller.address.country !== after.controller.address.country) {
    add("controller-changed", "controller", { before: before.controller, after: after.controller });
  } else if (!same(before.controller, after.controller)) {
    add("controller-contact-changed", "controller", { before: before.controller, after: after.controller });
  }
  if (!same(before.representative, after.representative))
    add("representative-changed", "representative", { before: before.representative, after: after.representative });
  if (!same(before.dpo, after.dpo)) add("dpo-changed", "dpo", { before: before.dpo, after: after.dpo });
  if (!same(before.rightsContact, after.rightsContact))
    add("rights-contact-changed", "rightsContact", { before: before.rightsContact, after: after.rightsContact });

  for (const [id, old, now] of paired(before.services, after.services, (service) => service.id)) {
    const at = `services[${id}]`;
    if (old === undefined) add("service-added", at, { service: id, after: now });
    else if (now === undefined) add("service-removed", at, { service: id, before: old });
    else serviceChanges(old, now, at, (rule, path, values) => add(rule, path, { ...values, service: id }));
  }
  cookieChanges(before.deviceAccess, after.deviceAccess, "deviceAccess", add);
  return changes;
}

/** Records a change; `subject` names what a change of wording is about (a purpose's words, a kind of data's details). */
type Add = (rule: ChangeRuleId, path: string, values: { before?: unknown; after?: unknown; subject?: ChangeSubject }) => void;

function serviceChanges(old: Service, now: Service, at: string, add: Add): void {
  if (!same(old.name, now.name)) add("wording", `${at}.name`, { before: old.name, after: now.name });
  if (!same(old.description, now.description)) add("wording", `${at}.description`, { before: old.description, after: now.description });
  const [provider, provided] = [old.processor?.entity.name, now.processor?.entity.name];
  if (provider !== provided) add("provider-changed", `${at}.processor`, { before: provider, after: provided });

  for (const [purpose, was, is] of paired(old.purposes, now.purposes, (p) => p.purpose)) {
    const path = `${at}.purposes[${purpose}]`;
    if (was === undefined) add("purpose-added", path, { after: is });
    else if (is === undefined) add("purpose-removed", path, { before: was });
    else {
      if (was.legalBasis !== is.legalBasis) add("legal-basis-changed", `${path}.legalBasis`, { before: was.legalBasis, after: is.legalBasis });
      if (!same(was.description, is.description) || !same(was.legitimateInterest, is.legitimateInterest)) {
        add("wording", path, { before: was, after: is, subject: "purpose" });
      }
    }
  }
  for (const [category, was, is] of paired(old.data, now.data, (item) => item.category)) {
    const path = `${at}.data[${category}]`;
    if (was === undefined) add("data-category-added", path, { after: is });
    else if (is === undefined) add("data-category-removed", path, { before: was });
    else if (!same(was, is)) add("wording", path, { before: was, after: is, subject: "data-category" });
  }
  for (const [name, was, is] of paired(old.recipients, now.recipients, (recipient) => JSON.stringify(recipient.name))) {
    const path = `${at}.recipients[${name}]`;
    if (was === undefined) add("recipient-added", path, { after: is });
    else if (is === undefined) add("recipient-removed", path, { before: was });
  }
  for (const [country, was, is] of paired(old.transfers, now.transfers, (transfer) => transfer.country)) {
    const path = `${at}.transfers[${country}]`;
    if (was === undefined) add("transfer-added", path, { after: is });
    else if (is === undefined) add("transfer-removed", path, { before: was });
    else if (was.mechanism !== is.mechanism) {
      const weaker = transferStrength(is.mechanism) < transferStrength(was.mechanism);
      add(weaker ? "transfer-weaker" : "transfer-ground-changed", `${path}.mechanism`, { before: was.mechanism, after: is.mechanism });
    }
  }
  if (!same(old.retention, now.retention)) {
    add(isLonger(old.retention, now.retention) ? "retention-longer" : "retention-changed", `${at}.retention`, {
      before: old.retention,
      after: now.retention,
    });
  }
  cookieChanges(old.deviceAccess, now.deviceAccess, `${at}.deviceAccess`, add);
}

function cookieChanges(old: readonly DeviceAccess[], now: readonly DeviceAccess[], at: string, add: Add): void {
  for (const [name, was, is] of paired(old, now, (cookie) => cookie.name)) {
    const path = `${at}[${name}]`;
    if (was === undefined) add("cookie-added", path, { after: is });
    else if (is === undefined) add("cookie-removed", path, { before: was });
    else if (!same(was, is)) add("cookie-changed", path, { before: was, after: is });
  }
}

/**
 * The entries of two lists by key: first those of the later list in its order (with the earlier
 * entry where there was one), then those only the earlier list had, in its order.
 */
function paired<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): [string, T | undefined, T | undefined][] {
  const earlier = new Map(before.map((item) => [key(item), item]));
  const later = new Map(after.map((item) => [key(item), item]));
  return [
    ...[...later].map(([id, item]): [string, T | undefined, T | undefined] => [id, earlier.get(id), item]),
    ...[...earlier].filter(([id]) => !later.has(id)).map(([id, item]): [string, T | undefined, T | undefined] => [id, item, undefined]),
  ];
}

/**
 * Deep equality of plain data (what a resolved policy is made of), whatever the order of object keys.
 * A text is the same where it says the same in every language both versions have: a translation
 * added or dropped (a catalog text that gained its Polish) changes nothing the policy says.
 */
function same(a: unknown, b: unknown): boolean {
  if (isText(a) && isText(b)) {
    const shared = locales.filter((locale) => a[locale] !== undefined && b[locale] !== undefined);
    return shared.length > 0 && shared.every((locale) => a[locale] === b[locale]);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => same(item, b[index]));
  }
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return a === b;
  const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>];
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  return [...keys].every((key) => same(x[key], y[key]));
}

/** A text in one or more languages: `{ en, de, pl }`, every key a locale, every value a string. */
function isText(value: unknown): value is Partial<Record<Locale, string>> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, text]) => (locales as readonly string[]).includes(key) && typeof text === "string");
}
