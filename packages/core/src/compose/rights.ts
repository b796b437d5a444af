import { getRight, rightIds, type RightId } from "../taxonomy/index.js";
import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import type { Inline } from "./inline.js";
import { hasConsent, hasObjection, keptByProvider, rightApplies } from "./legal.js";
import { rightsWithOwnSection, type ListedRight } from "./listed-right.js";
import { list, paragraph, strong, type Block } from "./nodes.js";
import { requestContact } from "./party.js";
import { section } from "./section.js";

const ownSection = new Set<RightId>(rightsWithOwnSection);

/**
 * The rights a text under the FADP lists: information (Art. 25), rectification (Art. 32 para. 1)
 * and the claims of Art. 32 para. 2, whatever the processing rests on; data portability (Art. 28)
 * only for data processed with consent or for a contract, as under the GDPR; and the review of an
 * automated individual decision (Art. 21) where the policy names one.
 */
const swissRights = ["A15", "A16", "A17", "A20", "A22"] as const satisfies readonly ListedRight[];

/** The rights to list, and whether each applies to every service or only to those whose legal basis gives it. */
export function listedRights(ctx: Context): { readonly id: ListedRight; readonly everywhere: boolean }[] {
  const { policy } = ctx;
  const used = new Set(rightIds.filter((id) => policy.services.some((service) => rightApplies(id, service))));
  if (ctx.law === "fadp") {
    return swissRights
      .filter((id) => (id === "A20" ? used.has(id) : id === "A22" ? policy.automatedDecisions.length > 0 : true))
      .map((id) => ({ id, everywhere: id !== "A20" }));
  }
  return rightIds.filter((id): id is ListedRight => used.has(id) && !ownSection.has(id)).map((id) => ({ id, everywhere: false }));
}

/**
 * Your rights (Art. 13(2)(b) GDPR): the rights that follow from the legal bases the policy uses,
 * each explained, with the services it is limited to where it does not apply to all; then how to
 * exercise them. Objection, withdrawal of consent and complaint have sections of their own.
 */
export function rightsSection(ctx: Context): PolicySection {
  const { m, policy } = ctx;
  const items = listedRights(ctx).map(({ id, everywhere }) => {
    const right = m.rights[id];
    const blocks: Block[] = [paragraph(strong(right.name), ` (${ctx.cite(getRight(id))}): `, right.text)];
    const applies = policy.services.filter((service) => rightApplies(id, service));
    if (!everywhere && applies.length < policy.services.length) {
      blocks.push(paragraph(m.rightAppliesTo(ctx.list(applies.map((service) => [ctx.serviceName(service)])), applies.length > 1)));
    }
    return blocks;
  });

  const elsewhere: Inline[] = [];
  if (hasObjection(policy)) elsewhere.push(m.rightsSeeObjection(m.see(m.titles.objection)));
  if (hasConsent(policy)) elsewhere.push(m.rightsSeeConsent(m.see(m.titles.consent)));
  elsewhere.push(m.rightsSeeComplaint(m.see(m.titles.complaint)));

  const elsewhereKept = keptByProvider(policy);
  const content: Block[] = [
    paragraph(m.rightsIntro),
    list(items),
    ...(elsewhereKept.length === 0
      ? []
      : [paragraph(m.rightsKeptByProvider(ctx.list(elsewhereKept.map((service) => [ctx.serviceName(service)])), elsewhereKept.length > 1))]),
    paragraph(m.rightsAlso(ctx.list(elsewhere))),
    ...(ctx.swiss === undefined ? [] : [paragraph(m.swiss.rights)]),
    paragraph(m.rightsHow(requestContact(ctx)), " ", m.rightsDeadline, " ", m.rightsIdentity),
  ];
  return section("rights", { title: m.titles.rights, content });
}
