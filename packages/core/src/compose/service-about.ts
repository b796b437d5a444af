import type { Service } from "../model/resolved.js";
import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import { inline } from "./inline.js";
import { list, paragraph, webLink, type Block } from "./nodes.js";
import { partyBlock, partyInline } from "./party.js";
import { section } from "./section.js";

/**
 * What is <service>? What it does, our use of it, who provides it (with the address: Art.
 * 13(1)(e) GDPR names the recipient) and in which role, and who else receives the data.
 */
export function serviceAboutSection(ctx: Context, service: Service): PolicySection {
  const { m } = ctx;
  const { processor } = service;
  const content: Block[] = [];
  if (processor !== null) content.push(paragraph(ctx.text(processor.description)));
  if (service.description !== undefined) content.push(paragraph(ctx.text(service.description)));
  if (processor === null) content.push(paragraph(m.inHouse));
  else {
    const entity = processor.entity.name;
    content.push(paragraph(m.providerIntro), partyBlock(ctx, processor.entity));
    const role =
      processor.role === "processor"
        ? m.roleProcessor(entity)
        : processor.role === "joint-controller"
          ? m.roleJointController(entity)
          : m.roleController(entity);
    content.push(paragraph(role));
    if (processor.parent !== undefined) content.push(paragraph(m.parentReceives(partyInline(ctx, processor.parent))));
    if (processor.urls.privacyPolicy !== undefined) content.push(paragraph(m.providerPrivacyPolicy(webLink(processor.urls.privacyPolicy))));
  }
  if (service.recipients.length > 0) {
    content.push(
      paragraph(m.otherRecipients),
      list(service.recipients.map((recipient) => inline(ctx.text(recipient.name), recipient.country === undefined ? [] : [` (${ctx.country(recipient.country)})`]))),
    );
  }
  return section("service-about", { serviceId: service.id, title: ctx.serviceTitle(service, "about"), content });
}
