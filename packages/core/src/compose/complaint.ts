import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import { paragraph, webLink, type Block } from "./nodes.js";
import { partyBlock } from "./party.js";
import { section } from "./section.js";

/**
 * The right to lodge a complaint with a supervisory authority (Art. 77, Art. 13(2)(d) GDPR): the
 * authority the policy names, or how to find the competent one.
 */
export function complaintSection(ctx: Context): PolicySection {
  const { m, policy } = ctx;
  const content: Block[] = [paragraph(m.complaintIntro)];
  if (policy.supervisoryAuthority === undefined) {
    content.push(paragraph(m.complaintFind(webLink(m.authoritiesUrl))));
  } else {
    content.push(paragraph(m.complaintAuthority), partyBlock(ctx, policy.supervisoryAuthority));
  }
  return section("complaint", { title: m.titles.complaint, content });
}
