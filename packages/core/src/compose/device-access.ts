import type { DeviceAccess } from "../model/device-access.js";
import type { Service } from "../model/resolved.js";
import { isUnconfirmed, providerItemPath } from "../model/unconfirmed.js";
import { allowsStatistics, cookieRuleOf, type CookieRule } from "./country-law.js";
import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import { inline, type Inline } from "./inline.js";
import { deviceAccessNeedsConsent } from "./legal.js";
import { paragraph, table, type Block } from "./nodes.js";
import { section } from "./section.js";

/** Whether the policy calls for the section on cookies and similar technologies. */
export function hasDeviceAccess(ctx: Context): boolean {
  return ctx.policy.deviceAccess.length > 0 || ctx.policy.services.some((service) => service.deviceAccess.length > 0);
}

/**
 * Cookies and similar technologies (Art. 5(3) ePrivacy Directive, as the controller's country
 * enacts it where we know its provision: see `cookieRuleOf`): the rule, then one table row per cookie, storage key, pixel or SDK,
 * the policy's own first, then each service's: who sets it, what for, how long it lives, and the
 * ePrivacy ground, which is separate from the GDPR basis of what happens with the data afterwards.
 */
export function deviceAccessSection(ctx: Context): PolicySection {
  const { m, policy } = ctx;
  const law = cookieRuleOf(policy);
  const header = m.deviceHeader;
  const rows = [
    ...policy.deviceAccess.map((access) => row(ctx, law, access, undefined)),
    ...policy.services.flatMap((service) => service.deviceAccess.map((access) => row(ctx, law, access, service))),
  ];
  const statistics = accesses(policy).some((access) => access.ground === "statistics");
  const content: Block[] = [
    law === "tw-nl" && statistics
      ? paragraph(m.deviceIntro(m.deviceLaw[law]), " ", m.deviceQualityException)
      : paragraph(m.deviceIntro(m.deviceLaw[law])),
    paragraph(m.deviceAfterwards),
    paragraph(m.deviceParties),
    table(
      m.deviceCaption,
      [header.name, header.type, header.setBy, header.purpose, header.duration, header.ground].map((cell) => inline(cell)),
      rows,
    ),
  ];
  if (deviceAccessNeedsConsent(policy)) content.push(paragraph(m.deviceWithdraw(m.see(m.titles.consent))));
  // PECR asks for a means to object, Art. 45c FMG gives a right to refuse; the Telecommunicatiewet asks neither.
  if (law !== "tw-nl" && accesses(policy).some((access) => access.ground === "statistics"))
    content.push(paragraph(m.deviceObject(m.see(m.titles.contact))));
  return section("device-access", { title: m.titles.deviceAccess, content });
}

function row(ctx: Context, law: CookieRule, access: DeviceAccess, service: Service | undefined): Inline[] {
  const { m } = ctx;
  const who = access.provider ?? service?.processor?.entity.name ?? ctx.policy.controller.name;
  // What the provider's documents do not confirm is not stated: its domain, party or lifetime.
  const processor = service?.processor ?? service?.software ?? null;
  const marked = providerItemPath(processor, "deviceAccess", access);
  const confirmed = (fact: string) => marked === undefined || !isUnconfirmed(processor, `${marked}.${fact}`);
  const domain = access.domain !== undefined && confirmed("domain") ? ` (${access.domain})` : "";
  const party = confirmed("party") ? m.deviceParty[access.party] : m.deviceUnconfirmed;
  const duration = !confirmed("duration")
    ? m.deviceUnconfirmed
    : access.duration === "session"
      ? m.deviceSession
      : access.duration === "persistent"
        ? m.devicePersistent
        : ctx.duration(access.duration);
  return [
    inline(access.name, domain),
    inline(`${m.deviceTechnology[access.technology]} (${party})`),
    inline(who, service === undefined ? [] : [" (", ctx.serviceName(service), ")"]),
    ctx.prose(access.purpose),
    inline(duration),
    inline(groundOf(ctx, law, access.ground)),
  ];
}

function accesses(policy: Context["policy"]): DeviceAccess[] {
  return [...policy.deviceAccess, ...policy.services.flatMap((service) => service.deviceAccess)];
}

/**
 * The ground in the cookie rule's words. Validation allows `statistics` only under the rules
 * that have such an exception; a hand-built policy using it elsewhere is told what those rules ask: consent.
 */
function groundOf(ctx: Context, law: CookieRule, ground: DeviceAccess["ground"]): string {
  if (ground !== "statistics") return ctx.m.deviceGround[law][ground];
  return allowsStatistics(law) ? ctx.m.deviceStatistics[law] : ctx.m.deviceGround[law].consent;
}
