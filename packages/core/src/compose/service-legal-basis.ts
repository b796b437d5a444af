import type { Service } from "../model/resolved.js";
import { getLegalBasis, getPurpose, getSpecialCategoryCondition } from "../taxonomy/index.js";
import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import { parentalConsentBlocks } from "./child-consent.js";
import { inline } from "./inline.js";
import { list, paragraph, strong, type Block } from "./nodes.js";
import { section } from "./section.js";

/**
 * Legal basis: for each purpose the article, cited exactly (Art. 13(1)(c) GDPR), the legitimate
 * interest in words where that is the basis (Art. 13(1)(d)), the Art. 9(2) condition for
 * special categories of data, and how a parent consents for a child (Art. 8).
 */
export function serviceLegalBasisSection(ctx: Context, service: Service): PolicySection {
  const { m } = ctx;
  const items = service.purposes.map((purpose) => {
    const basis = getLegalBasis(purpose.legalBasis);
    const blocks: Block[] = [
      paragraph(strong(ctx.term(getPurpose(purpose.purpose).label)), ": ", m.legalBasisItem(ctx.cite(basis), ctx.term(basis.inSentence))),
    ];
    if (purpose.legitimateInterest !== undefined) blocks.push(paragraph(m.legitimateInterest(ctx.prose(purpose.legitimateInterest))));
    return blocks;
  });
  const content: Block[] = [paragraph(m.legalBasisIntro), list(items)];
  if (service.specialCategoryCondition !== undefined) {
    const condition = getSpecialCategoryCondition(service.specialCategoryCondition);
    content.push(paragraph(m.specialCondition(ctx.cite(condition), inline(ctx.term(condition.inSentence)))));
  }
  content.push(...parentalConsentBlocks(ctx, service));
  return section("service-legal-basis", { serviceId: service.id, title: m.serviceTitles.legalBasis, content });
}
