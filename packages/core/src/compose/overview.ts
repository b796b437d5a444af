import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import { hasObjection } from "./legal.js";
import { list, paragraph, type Block } from "./nodes.js";
import { dpoBlock, partyBlock } from "./party.js";
import { section } from "./section.js";
import { summarySection } from "./summary.js";
import { nationalActOf } from "./country-law.js";
import { partyName } from "./party-name.js";

/**
 * The first layer: what the policy is, who is responsible (Art. 13(1)(a) GDPR, with the
 * representative of Art. 27 and joint controllers of Art. 26 where there are any), the data
 * protection officer (Art. 13(1)(b)) where there is one, and a table of every service.
 */
export function overviewSection(ctx: Context): PolicySection {
  const { m, policy } = ctx;
  const { meta } = policy;
  const act = nationalActOf(policy);
  const content: Block[] = [
    paragraph(m.overviewIntro(partyName(policy.controller))),
    // The law besides the GDPR, where the controller's country has an act we know.
    ...(act === undefined ? [] : [paragraph(m.overviewNationalAct[act])]),
    ...(ctx.swiss === undefined ? [] : [paragraph(m.swiss.overview)]),
    paragraph(
      m.overviewVersion(meta.version, ctx.date(meta.effective)),
      meta.updated === meta.effective ? [] : [" ", ...m.overviewUpdated(ctx.date(meta.updated))],
    ),
  ];
  // Art. 21(4): the right to object is brought to the reader's attention from the start.
  if (hasObjection(policy)) content.push(paragraph(m.overviewObjection(m.see(m.titles.objection))));

  const sections: PolicySection[] = [controllerSection(ctx)];
  if (policy.representative !== undefined) {
    sections.push(
      section("representative", {
        title: m.titles.representative,
        content: [paragraph(m.representativeIntro), partyBlock(ctx, policy.representative)],
      }),
    );
  }
  if (policy.jointControllers.length > 0) {
    sections.push(
      section("joint-controllers", {
        title: m.titles.jointControllers,
        content: [
          paragraph(m.jointControllersIntro),
          list(
            policy.jointControllers.map((joint) => [
              // Name, address and the ways to reach them: people may exercise their rights with each (Art. 26(3)).
              partyBlock(ctx, joint.party),
              paragraph(m.jointControllersEssence(ctx.prose(joint.essence))),
            ]),
          ),
          paragraph(m.jointControllersRights),
        ],
      }),
    );
  }
  if (policy.dpo !== undefined) {
    sections.push(section("data-protection-officer", { title: m.titles.dpo, content: [paragraph(m.dpoIntro), dpoBlock(ctx, policy.dpo)] }));
  }
  sections.push(summarySection(ctx));
  return section("overview", { title: m.titles.overview, content, sections });
}

function controllerSection(ctx: Context): PolicySection {
  const { m, policy } = ctx;
  return section("controller", { title: m.titles.controller, content: [paragraph(m.controllerIntro), partyBlock(ctx, policy.controller)] });
}
