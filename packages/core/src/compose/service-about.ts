import type { Processor, ProviderRole } from "../model/processor.js";
import type { Service } from "../model/resolved.js";
import { confirmedRoles, isUnconfirmed } from "../model/unconfirmed.js";
import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import { inline, type Inline, joined } from "./inline.js";
import { list, paragraph, webLink, type Block } from "./nodes.js";
import { partyBlock, partyInline } from "./party.js";
import { section } from "./section.js";
import { partyName, type PartyName } from "./party-name.js";

/**
 * What is <service>? What it does, our use of it, who provides it (with the address: Art.
 * 13(1)(e) GDPR names the recipient) and in which role, and who else receives the data.
 */
export function serviceAboutSection(ctx: Context, service: Service): PolicySection {
  const { m } = ctx;
  const { processor, software } = service;
  const content: Block[] = [];
  const product = processor ?? software;
  if (product !== null) content.push(...ctx.paragraphs(product.description));
  if (service.description !== undefined) content.push(...ctx.paragraphs(service.description));
  if (processor === null) content.push(paragraph(software === null ? m.inHouse : selfHostedSentence(ctx, software)));
  else {
    const intro = isUnconfirmed(processor, "entity") ? m.providerIntroUnconfirmed : m.providerIntro;
    content.push(paragraph(intro), partyBlock(ctx, processor.entity, { address: !isUnconfirmed(processor, "entity.address") }));
    content.push(...roleBlocks(ctx, processor));
    // The provider's representative in the EU is of no use to readers under the UK GDPR.
    if (ctx.law === "gdpr" && processor.euRepresentative !== undefined && !isUnconfirmed(processor, "euRepresentative")) {
      content.push(paragraph(m.providerRepresentative), partyBlock(ctx, processor.euRepresentative));
    }
    if (processor.parent !== undefined && !isUnconfirmed(processor, "parent")) {
      content.push(paragraph(m.parentReceives(partyInline(ctx, processor.parent))));
    }
    if (processor.urls.privacyPolicy !== undefined) content.push(paragraph(m.providerPrivacyPolicy(webLink(processor.urls.privacyPolicy))));
  }
  if (service.recipients.length > 0) {
    content.push(
      paragraph(m.otherRecipients),
      list(
        service.recipients.map((recipient) =>
          inline(ctx.text(recipient.name), recipient.country === undefined ? [] : [` (${ctx.country(recipient.country)})`]),
        ),
      ),
    );
  }
  return section("service-about", { serviceId: service.id, title: ctx.serviceTitle(service, "about"), content });
}

/** Software we run ourselves: the data stays on our website, and its maker (where its documents confirm which company that is) receives none of it. */
function selfHostedSentence(ctx: Context, software: Processor): Inline {
  const maker = isUnconfirmed(software, "entity") ? undefined : partyName(software.entity);
  return ctx.m.selfHosted(inline(software.name), maker);
}

/**
 * The provider's role: one sentence for a single role; where it plays several (Stripe processes
 * the payment for us but checks for fraud on its own account), what each role covers. A joint
 * controller comes with the essence of the arrangement (Art. 26(2) GDPR).
 */
function roleBlocks(ctx: Context, processor: Processor): Block[] {
  const { m } = ctx;
  const entity = partyName(processor.entity);
  const roles = confirmedRoles(processor);
  if (roles.length === 0) {
    if (processor.roles !== undefined || isUnconfirmed(processor, "role")) return [];
    const sentence =
      processor.role === "processor"
        ? m.roleProcessor(entity)
        : processor.role === "joint-controller"
          ? m.roleJointController(entity)
          : m.roleController(entity);
    return [paragraph(sentence)];
  }
  const sentences = roles.map((role) => roleSentences(ctx, entity, role));
  const joint = roles.some((role) => role.role === "joint-controller") ? [paragraph(m.jointRights(entity))] : [];
  if (sentences.length === 1) return [paragraph(sentences[0]!), ...joint];
  return [paragraph(m.rolesIntro(entity)), list(sentences), ...joint];
}

function roleSentences(ctx: Context, entity: PartyName, role: ProviderRole): Inline {
  const { m } = ctx;
  const scope = ctx.text(role.scope);
  if (role.role === "processor") return m.roleForProcessor(scope, entity);
  if (role.role === "controller") return m.roleForController(scope, entity);
  const parts: Inline[] = [m.roleForJointController(scope, entity)];
  if (role.arrangement !== undefined) parts.push(m.jointArrangement(ctx.prose(role.arrangement)));
  if (role.arrangementUrl !== undefined) parts.push(m.jointArrangementAt(webLink(role.arrangementUrl)));
  return joined(parts, " ");
}
