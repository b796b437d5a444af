import { adoptedUnderDirective, directiveDecisionCitation, getAdequacy, mixedDecisionsCitation } from "../taxonomy/adequacy.js";
import type { CountryCode, LegalConcept, TransferGroundId } from "../taxonomy/index.js";
import type { Context } from "./context.js";

/**
 * A transfer ground's citation for transfers to these countries. The taxonomy cites an adequacy
 * decision under Art. 45(3) GDPR; a decision adopted under Directive 95/46/EC (Canada's, New
 * Zealand's, Switzerland's…) is in force under Art. 45(9) instead, so transfers that rest only on
 * such decisions cite that paragraph, and a mix cites both.
 */
export function groundCitation(ctx: Context, ground: LegalConcept<TransferGroundId>, countries: readonly CountryCode[]): string {
  if (ground.id !== "A45-3" || ctx.law !== "gdpr") return ctx.cite(ground);
  const decisions = countries.flatMap((country) => getAdequacy(country) ?? []);
  const underDirective = decisions.filter(adoptedUnderDirective).length;
  if (underDirective === 0) return ctx.cite(ground);
  return (underDirective === decisions.length ? directiveDecisionCitation : mixedDecisionsCitation)[ctx.locale];
}
