import type { AutomatedDecision } from "../model/automated-decision.js";
import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import { list, paragraph, strong, type Block } from "./nodes.js";
import { section } from "./section.js";

/**
 * Automated decisions, including profiling (Art. 22, Art. 13(2)(f) GDPR): that there are none, or
 * for each its logic, its significance and the consequences to expect, the exception of Art.
 * 22(2) it rests on and, where Art. 22(3) applies, the right to have a person review it.
 */
export function automatedDecisionsSection(ctx: Context): PolicySection {
  const { m, policy } = ctx;
  const content: Block[] =
    policy.automatedDecisions.length === 0
      ? [paragraph(m.automatedNone)]
      : [paragraph(m.automatedIntro), ...policy.automatedDecisions.flatMap((decision) => decisionBlocks(ctx, decision))];
  return section("automated-decisions", { title: m.titles.automatedDecisions, content });
}

function decisionBlocks(ctx: Context, decision: AutomatedDecision): Block[] {
  const { m } = ctx;
  const blocks: Block[] = [
    paragraph(strong(ctx.text(decision.name)), decision.profiling ? ` (${m.automatedProfiling})` : ""),
    list([
      m.automatedLogic(ctx.prose(decision.logic)),
      m.automatedSignificance(ctx.prose(decision.significance)),
      m.automatedConsequences(ctx.prose(decision.consequences)),
    ]),
  ];
  if (decision.exception !== undefined) {
    // Art. 22(3): human review for decisions based on a contract or explicit consent.
    const review = decision.exception === "law" ? [] : [" ", ...m.automatedReview];
    blocks.push(paragraph(m.automatedException[decision.exception], review));
  }
  return blocks;
}
