import type { Service } from "../model/resolved.js";
import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import { directMarketingPurposes, objectablePurposes, rightApplies, serviceNeedsConsent } from "./legal.js";
import { paragraph, webLink, type Block } from "./nodes.js";
import { requestContact } from "./party.js";
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

  if (rightApplies("A17", service)) content.push(paragraph(m.deletionErase(m.see(m.titles.rights))));
  if (objectablePurposes(service).length > 0 || directMarketingPurposes(service).length > 0) {
    content.push(paragraph(m.deletionObject(m.see(m.titles.objection))));
  }
  if (serviceNeedsConsent(service)) {
    const settings = policy.consentSettingsUrl;
    content.push(paragraph(settings === undefined ? m.deletionWithdraw(m.see(m.titles.consent)) : m.deletionWithdrawAt(webLink(settings))));
  }
  content.push(paragraph(m.deletionRequest(requestContact(ctx))));
  return section("service-deletion", { serviceId: service.id, title: m.serviceTitles.deletion, content });
}
