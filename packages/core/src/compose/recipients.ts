import type { Party } from "../model/party.js";
import type { Service } from "../model/resolved.js";
import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import { inline, type Inline } from "./inline.js";
import type { Messages } from "./messages/messages.js";
import { list, paragraph, strong, type Block } from "./nodes.js";
import { addressInline } from "./party.js";
import { section } from "./section.js";

type RecipientRole = keyof Messages["recipientRoles"];

interface Entry {
  readonly key: string;
  readonly name: Inline;
  readonly address?: string;
  readonly role: RecipientRole;
  readonly services: Service[];
}

/**
 * Who receives the data (Art. 13(1)(e) GDPR): each service's provider with its address and role,
 * a parent company that also receives data, the further recipients a service names, and joint
 * controllers. A recipient used by several services appears once, with all of them.
 */
export function recipientsSection(ctx: Context): PolicySection {
  const { m, policy } = ctx;
  const entries: Entry[] = [];
  const add = (key: string, name: Inline, role: RecipientRole, service: Service, party?: Party) => {
    const existing = entries.find((entry) => entry.key === `${role} ${key}`);
    if (existing !== undefined) {
      if (!existing.services.includes(service)) existing.services.push(service);
      return;
    }
    entries.push({ key: `${role} ${key}`, name, role, services: [service], ...(party === undefined ? {} : { address: addressInline(ctx, party.address) }) });
  };
  for (const service of policy.services) {
    const { processor } = service;
    if (processor !== null) {
      add(processor.entity.name, inline(processor.entity.name), processor.role, service, processor.entity);
      if (processor.parent !== undefined) add(processor.parent.name, inline(processor.parent.name), "parent", service, processor.parent);
    }
    for (const recipient of service.recipients) {
      const name = ctx.text(recipient.name);
      add(`${name.value} ${recipient.country ?? ""}`, inline(name, recipient.country === undefined ? [] : [` (${ctx.country(recipient.country)})`]), "recipient", service);
    }
  }

  const items: Inline[] = entries.map((entry) =>
    inline(
      strong(entry.name),
      entry.address === undefined ? [] : [`, ${entry.address}`],
      ". ",
      m.recipientRoles[entry.role](ctx.list(entry.services.map((service) => [ctx.serviceName(service)]))),
    ),
  );
  for (const joint of policy.jointControllers) {
    items.push(inline(strong(joint.party.name), `, ${addressInline(ctx, joint.party.address)}. `, m.recipientJointController(m.see(m.titles.jointControllers))));
  }

  const content: Block[] =
    items.length === 0
      ? [paragraph(m.recipientsNone)]
      : [
          paragraph(m.recipientsIntro),
          list(items),
          ...(entries.some((entry) => entry.role === "processor") ? [paragraph(m.recipientsProcessors)] : []),
        ];
  return section("recipients", { title: m.titles.recipients, content });
}
