import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import { text, type Inline } from "./inline.js";
import { emailLink, paragraph, phoneLink, webLink, type Block } from "./nodes.js";
import { addressLines, dpoBlock, addressBlock, partyBlock } from "./party.js";
import { section } from "./section.js";

/** Contact: the controller, where rights requests go when that differs, and the data protection officer. */
export function contactSection(ctx: Context): PolicySection {
  const { m, policy } = ctx;
  const content: Block[] = [paragraph(m.contactIntro), partyBlock(ctx, policy.controller)];
  const rights = policy.rightsContact;
  if (
    rights !== undefined &&
    (rights.email !== undefined || rights.phone !== undefined || rights.url !== undefined || rights.address !== undefined)
  ) {
    const rows: Inline[] = [
      ...(rights.address === undefined ? [] : [[text(policy.controller.name)], ...addressLines(ctx, rights.address).map((line) => [text(line)])]),
      ...(rights.email === undefined ? [] : [[text(`${m.email}: `), emailLink(rights.email)]]),
      ...(rights.phone === undefined ? [] : [[text(`${m.phone}: `), phoneLink(rights.phone)]]),
      ...(rights.url === undefined ? [] : [[text(`${m.website}: `), webLink(rights.url)]]),
    ];
    content.push(paragraph(m.contactRights), addressBlock(rows));
  }
  if (policy.dpo !== undefined) content.push(paragraph(m.contactDpo), dpoBlock(ctx, policy.dpo));
  return section("contact", { title: m.titles.contact, content });
}
