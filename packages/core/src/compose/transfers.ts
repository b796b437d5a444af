import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import { list, paragraph } from "./nodes.js";
import { section } from "./section.js";
import { transferBlocks } from "./transfer.js";

/** Whether the policy calls for the section on transfers to third countries. */
export function hasTransfers(ctx: Context): boolean {
  return ctx.policy.services.some((service) => service.transfers.length > 0);
}

/**
 * Transfers to third countries (Art. 13(1)(f) GDPR), all in one place: for each, the country, the
 * service, the recipient, the ground, whether an adequacy decision exists and how to get a copy of
 * the safeguards.
 */
export function transfersSection(ctx: Context): PolicySection {
  const { m, policy } = ctx;
  const items = policy.services.flatMap((service) =>
    service.transfers.map((transfer) => transferBlocks(ctx, service, transfer, [ctx.serviceName(service)])),
  );
  return section("transfers", { title: m.titles.transfers, content: [paragraph(m.transfersSectionIntro), list(items)] });
}
