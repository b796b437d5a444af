import type { ProcessingPurpose } from "../model/processing-purpose.js";
import type { Service } from "../model/resolved.js";
import { getPurpose } from "../taxonomy/index.js";
import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import { inline, type Inline } from "./inline.js";
import { directMarketingPurposes, objectablePurposes } from "./legal.js";
import { objectionBases } from "./objection-basis.js";
import { paragraph, type Block } from "./nodes.js";
import { requestContact } from "./party.js";
import { section } from "./section.js";

/**
 * The right to object (Art. 21 GDPR), in its own section as Art. 21(4) requires: on grounds of
 * one's particular situation where processing rests on Art. 6(1)(e) or (f) (Art. 21(1)), and at
 * any time, without reasons, against direct marketing (Art. 21(2) and (3)). Each names the
 * services (and, where only some of a service's purposes are concerned, those purposes).
 * Only called for when one of them applies.
 */
export function objectionSection(ctx: Context): PolicySection {
  const { m, policy } = ctx;
  const content: Block[] = [];

  const general = policy.services.filter((service) => objectablePurposes(service).length > 0);
  if (general.length > 0) {
    const used = objectionBases.filter((basis) =>
      policy.services.some((service) => service.purposes.some((purpose) => purpose.legalBasis === basis)),
    );
    content.push(
      paragraph(
        m.objectionGeneral(
          ctx.list(
            used.map((basis) => m.objectionBasis[basis]),
            "or",
          ),
        ),
      ),
      paragraph(m.objectionConcerns(concerned(ctx, general, objectablePurposes), general.length > 1)),
    );
  }

  const marketing = policy.services.filter((service) => directMarketingPurposes(service).length > 0);
  if (marketing.length > 0) {
    content.push(
      paragraph(m.objectionDirectMarketing),
      paragraph(m.objectionConcerns(concerned(ctx, marketing, directMarketingPurposes), marketing.length > 1)),
    );
  }

  content.push(paragraph(m.objectionHow(requestContact(ctx))));
  return section("objection", { title: m.titles.objection, content });
}

/** The services concerned; where only some purposes of a service are, those purposes in brackets. */
function concerned(ctx: Context, services: readonly Service[], select: (service: Service) => readonly ProcessingPurpose[]): Inline {
  return ctx.list(
    services.map((service) => {
      const selected = select(service);
      if (selected.length === service.purposes.length) return [ctx.serviceName(service)];
      const labels = [...new Set(selected.map((purpose) => ctx.term(getPurpose(purpose.purpose).inSentence)))];
      return inline(ctx.serviceName(service), " (", ctx.list(labels), ")");
    }),
  );
}
