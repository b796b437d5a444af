import type { Service } from "../model/resolved.js";
import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import { serviceCountries, staysInLawArea } from "./legal.js";
import { list, paragraph, type Block } from "./nodes.js";
import { transfersUnconfirmed } from "../model/unconfirmed.js";
import { serviceRetentionBlocks } from "./retention-text.js";
import { section } from "./section.js";
import { transferSummary, withSafeguards } from "./transfer.js";

/**
 * How long and where is the data stored? The retention (Art. 13(2)(a) GDPR), the countries, and
 * each transfer to a third country with the name of its ground (Art. 13(1)(f)); what the ground
 * means is said once, in the transfers section, which this one refers to.
 */
export function serviceStorageSection(ctx: Context, service: Service): PolicySection {
  const { m, policy } = ctx;
  const content: Block[] = serviceRetentionBlocks(ctx, service);
  const countries = serviceCountries(service, policy);
  if (countries.length > 0) content.push(paragraph(m.countries(ctx.list(countries.map(ctx.country)))));
  if (service.transfers.length > 0) {
    content.push(
      paragraph(m.transfersIntro),
      list(service.transfers.map((transfer) => transferSummary(ctx, service, transfer))),
      paragraph(
        m.transfersSee(m.titles.transfers, {
          several: new Set(service.transfers.map((transfer) => transfer.mechanism)).size > 1,
          copy: service.transfers.some((transfer) => withSafeguards.has(transfer.mechanism)),
        }),
      ),
    );
  } else if (staysInLawArea(service, policy, ctx.law)) {
    content.push(paragraph(m.noTransfers));
  }
  // Where the provider's documents leave open where the data goes, the text says so rather than claim none (or no more).
  if (transfersUnconfirmed(service)) content.push(paragraph(service.transfers.length === 0 ? m.transfersUnknown : m.transfersIncomplete));
  return section("service-storage", { serviceId: service.id, title: m.serviceTitles.storage, content });
}
