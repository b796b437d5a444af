import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import { deviceAccessNeedsConsent, usesConsent } from "./legal.js";
import { paragraph, webLink, type Block } from "./nodes.js";
import { requestContact } from "./party.js";
import { section } from "./section.js";

/**
 * Withdrawing consent (Art. 7(3), Art. 13(2)(c) GDPR): at any time, as easily as it was given,
 * without affecting what happened before; which services and technologies it concerns, and how.
 * Only called for where consent is a basis (Art. 6(1)(a), Art. 9(2)(a)) or a cookie needs it.
 */
export function consentSection(ctx: Context): PolicySection {
  const { m, policy } = ctx;
  const services = policy.services.filter(usesConsent);
  const content: Block[] = [paragraph(m.consentIntro)];
  if (services.length > 0)
    content.push(paragraph(m.consentConcerns(ctx.list(services.map((service) => [ctx.serviceName(service)])), services.length > 1)));
  if (deviceAccessNeedsConsent(policy)) content.push(paragraph(m.consentDevices(m.see(m.titles.deviceAccess))));
  if (policy.consentSettingsUrl !== undefined) content.push(paragraph(m.consentSettings(webLink(policy.consentSettingsUrl))));
  content.push(paragraph(m.consentContact(requestContact(ctx))));
  return section("consent", { title: m.titles.consent, content });
}
