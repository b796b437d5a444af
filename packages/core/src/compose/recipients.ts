import type { Provider } from "../model/processor.js";
import type { Service } from "../model/resolved.js";
import { confirmedRoles, isUnconfirmed } from "../model/unconfirmed.js";
import { getLegalBasis, type LegalBasisId } from "../taxonomy/index.js";
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
  /** The roles it plays, in the order first met, each with the services it plays it for. */
  readonly roles: Map<RecipientRole, Service[]>;
  /** For a recipient a service names: the legal bases of passing the data on to it, as the policy gives them. */
  readonly legalBases: LegalBasisId[];
}

/**
 * Who receives the data (Art. 13(1)(e) GDPR): each service's provider with its address and role
 * (each of its roles, where it has several), a parent company that also receives data, the
 * further recipients a service names, and joint controllers. A recipient used by several services
 * appears once, with all of them.
 */
export function recipientsSection(ctx: Context): PolicySection {
  const { m, policy } = ctx;
  const entries: Entry[] = [];
  const add = (key: string, name: Inline, role: RecipientRole, service: Service, address?: string, legalBasis?: LegalBasisId) => {
    let entry = entries.find((existing) => existing.key === key);
    if (entry === undefined) {
      entry = { key, name, roles: new Map(), legalBases: [], ...(address === undefined ? {} : { address }) };
      entries.push(entry);
    }
    const services = entry.roles.get(role) ?? [];
    if (!services.includes(service)) services.push(service);
    entry.roles.set(role, services);
    if (legalBasis !== undefined && !entry.legalBases.includes(legalBasis)) entry.legalBases.push(legalBasis);
  };
  for (const service of policy.services) {
    const { processor } = service;
    if (processor !== null) {
      const { entity } = processor;
      const address = isUnconfirmed(processor, "entity.address") ? ctx.country(entity.address.country) : addressInline(ctx, entity.address);
      for (const role of rolesOf(processor)) add(entity.name, inline(entity.name), role, service, address);
      if (processor.parent !== undefined && !isUnconfirmed(processor, "parent")) {
        add(processor.parent.name, inline(processor.parent.name), "parent", service, addressInline(ctx, processor.parent.address));
      }
    }
    for (const recipient of service.recipients) {
      const name = ctx.text(recipient.name);
      if (recipient.address !== undefined) {
        add(
          `${name.value} ${addressInline(ctx, recipient.address)}`,
          inline(name),
          "recipient",
          service,
          addressInline(ctx, recipient.address),
          recipient.legalBasis,
        );
      } else {
        const country = recipient.country === undefined ? [] : [` (${ctx.country(recipient.country)})`];
        add(`${name.value} ${recipient.country ?? ""}`, inline(name, country), "recipient", service, undefined, recipient.legalBasis);
      }
    }
  }

  const items: Inline[] = entries.map((entry) =>
    inline(
      strong(entry.name),
      entry.address === undefined ? [] : [`, ${entry.address}`],
      ".",
      ...[...entry.roles].map(([role, services]) => [
        " ",
        ...m.recipientRoles[role](ctx.list(services.map((service) => [ctx.serviceName(service)]))),
      ]),
      entry.legalBases.length === 0 || ctx.law === "fadp"
        ? []
        : [
            " ",
            m.recipientLegalBasis(
              ctx.list(
                entry.legalBases.map((id) => {
                  const basis = getLegalBasis(id);
                  return m.legalBasisItem(ctx.cite(basis), ctx.term(basis.inSentence));
                }),
              ),
            ),
          ],
    ),
  );
  for (const joint of policy.jointControllers) {
    items.push(
      inline(
        strong(joint.party.name),
        `, ${addressInline(ctx, joint.party.address)}. `,
        m.recipientJointController(m.see(m.titles.jointControllers)),
      ),
    );
  }

  const content: Block[] =
    items.length === 0
      ? [paragraph(m.recipientsNone)]
      : [
          paragraph(m.recipientsIntro),
          list(items),
          ...(entries.some((entry) => entry.roles.has("processor")) ? [paragraph(m.recipientsProcessors)] : []),
        ];
  return section("recipients", { title: m.titles.recipients, content });
}

/** The provider's roles as the service section states them: each confirmed one of roles, or role if confirmed. */
function rolesOf(processor: Provider): RecipientRole[] {
  if (processor.roles === undefined) return [isUnconfirmed(processor, "role") ? "recipient" : processor.role];
  const confirmed = confirmedRoles(processor).map((entry) => entry.role);
  // A provider always receives the data; with no role confirmed, it is listed as a recipient.
  return confirmed.length === 0 ? ["recipient"] : [...new Set(confirmed)];
}
