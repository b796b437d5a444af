import type { Service } from "../model/resolved.js";
import type { PolicySection } from "./document.js";
import { getPurpose } from "../taxonomy/index.js";
import type { Context } from "./context.js";
import type { Inline } from "./inline.js";
import { directMarketingPurposes, objectablePurposes, serviceNeedsConsent, usesConsent } from "./legal.js";
import { paragraph, webLink, type Block } from "./nodes.js";
import { section } from "./section.js";

/**
 * How can I delete my data or object? The concrete steps the policy or the provider gives, the
 * opt-out page, and which of erasure, objection and withdrawal apply to this service, with where
 * to send the request.
 */
export function serviceDeletionSection(ctx: Context, service: Service): PolicySection {
  const { m, policy } = ctx;
  const content: Block[] = [];
  if (service.deletion !== null) content.push(...ctx.paragraphs(service.deletion));
  const optOut = service.processor?.urls.optOut;
  if (optOut !== undefined) content.push(paragraph(m.deletionOptOut(webLink(optOut))));

  // Which rights apply here, once, each pointing to the section that explains it and says where to
  // write: the same sentences for every service would bury what differs.
  const actions: Inline[] = [];
  const objectable = new Set([...objectablePurposes(service), ...directMarketingPurposes(service)]);
  if (objectable.size === service.purposes.length) actions.push(m.deletionActions.object(m.see(m.titles.objection)));
  else if (objectable.size > 0) {
    // Only some purposes can be objected to: name them, as the objection section does.
    const labels = service.purposes.filter((purpose) => objectable.has(purpose)).map((purpose) => ctx.term(getPurpose(purpose.purpose).label));
    actions.push(m.deletionActions.objectTo(labels, m.see(m.titles.objection)));
  }
  if (serviceNeedsConsent(service)) {
    // The consent settings hold what a banner asks: consent to cookies and the like. Consent to the
    // processing itself (a newsletter's) is withdrawn as the consent section says, or as the
    // service's own steps above do (its unsubscribe link), not in the cookie settings.
    const settings = usesConsent(service) ? undefined : policy.consentSettingsUrl;
    actions.push(settings === undefined ? m.deletionActions.withdraw(m.see(m.titles.consent)) : m.deletionActions.withdrawAt(webLink(settings)));
  }
  if (actions.length > 0) content.push(paragraph(m.deletionYouCan(ctx.list(actions))));
  // Erasure and the other rights are explained once, with where to write and which services each covers.
  content.push(paragraph(m.deletionSeeRights(m.titles.rights)));
  return section("service-deletion", { serviceId: service.id, title: m.serviceTitles.deletion, content });
}
