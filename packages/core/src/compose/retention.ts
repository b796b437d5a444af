import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import { list, paragraph, strong } from "./nodes.js";
import { serviceRetentionBlocks } from "./retention-text.js";
import { section } from "./section.js";

/** How long we keep your data (Art. 13(2)(a) GDPR): the principle, then the period of every service. */
export function retentionSection(ctx: Context): PolicySection {
  const { m, policy } = ctx;
  const items = policy.services.map((service) => {
    const [first, ...rest] = serviceRetentionBlocks(ctx, service);
    // The service's name leads its first paragraph; the parts kept for a period of their own follow.
    return [paragraph(strong(ctx.serviceName(service)), ": ", first?.type === "paragraph" ? first.children : []), ...rest];
  });
  return section("retention", { title: m.titles.retention, content: [paragraph(m.retentionIntro), list(items)] });
}
