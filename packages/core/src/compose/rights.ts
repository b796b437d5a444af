import { getRight, rightIds, rightsForLegalBasis, type RightId } from "../taxonomy/index.js";
import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import type { Inline } from "./inline.js";
import { hasConsent, hasObjection, rightApplies } from "./legal.js";
import { rightsWithOwnSection, type ListedRight } from "./listed-right.js";
import { list, paragraph, strong, type Block } from "./nodes.js";
import { requestContact } from "./party.js";
import { section } from "./section.js";

const ownSection = new Set<RightId>(rightsWithOwnSection);

/**
 * Your rights (Art. 13(2)(b) GDPR): the rights that follow from the legal bases the policy uses,
 * each explained, with the services it is limited to where it does not apply to all; then how to
 * exercise them. Objection, withdrawal of consent and complaint have sections of their own.
 */
export function rightsSection(ctx: Context): PolicySection {
  const { m, policy } = ctx;
  const used = new Set(policy.services.flatMap((service) => service.purposes.flatMap((purpose) => rightsForLegalBasis(purpose.legalBasis))));
  const listed = rightIds.filter((id): id is ListedRight => used.has(id) && !ownSection.has(id));

  const items = listed.map((id) => {
    const right = m.rights[id];
    const blocks: Block[] = [paragraph(strong(right.name), ` (${ctx.cite(getRight(id))}): `, right.text)];
    const applies = policy.services.filter((service) => rightApplies(id, service));
    if (applies.length < policy.services.length) {
      blocks.push(paragraph(m.rightAppliesTo(ctx.list(applies.map((service) => [ctx.serviceName(service)])))));
    }
    return blocks;
  });

  const elsewhere: Inline[] = [];
  if (hasObjection(policy)) elsewhere.push(m.rightsSeeObjection(m.see(m.titles.objection)));
  if (hasConsent(policy)) elsewhere.push(m.rightsSeeConsent(m.see(m.titles.consent)));
  elsewhere.push(m.rightsSeeComplaint(m.see(m.titles.complaint)));

  const content: Block[] = [
    paragraph(m.rightsIntro),
    list(items),
    paragraph(m.rightsAlso(ctx.list(elsewhere))),
    paragraph(m.rightsHow(requestContact(ctx)), " ", m.rightsDeadline, " ", m.rightsIdentity),
  ];
  return section("rights", { title: m.titles.rights, content });
}
