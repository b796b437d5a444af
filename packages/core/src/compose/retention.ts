import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import { inline } from "./inline.js";
import { list, paragraph, strong } from "./nodes.js";
import { retentionSentence } from "./retention-text.js";
import { section } from "./section.js";

/** How long we keep your data (Art. 13(2)(a) GDPR): the principle, then the period of every service. */
export function retentionSection(ctx: Context): PolicySection {
  const { m, policy } = ctx;
  const items = policy.services.map((service) => inline(strong(ctx.serviceName(service)), ": ", retentionSentence(ctx, service.retention)));
  return section("retention", { title: m.titles.retention, content: [paragraph(m.retentionIntro), list(items)] });
}
