import { createContext } from "../compose/context.js";
import { safeguardText } from "../compose/index-facts.js";
import { plain } from "../compose/inline.js";
import { serviceRetentionShort } from "../compose/retention-text.js";
import type { Policy } from "../model/resolved.js";
import { getDataCategory, getDataSubject, getLegalBasis, getPurpose, type Locale } from "../taxonomy/index.js";

/** A service's facts in one language, each as the policy's text words it: for records and exports built beside the text. */
export interface ServiceFacts {
  readonly id: string;
  readonly name: string;
  /** Each purpose with its legal basis: "Providing the service: Art. 6(1)(b) GDPR". */
  readonly purposes: readonly { readonly purpose: string; readonly legalBasis: string }[];
  readonly subjects: readonly string[];
  readonly data: readonly string[];
  /** The provider with its country, then the further recipients the service names. */
  readonly recipients: readonly string[];
  /** Each country outside the law's area with the ground of the transfer, or that the provider's documents do not confirm one. */
  readonly transfers: readonly { readonly country: string; readonly ground: string }[];
  /** How long the data is kept, as the text's table of services says it. */
  readonly retention: string;
}

/**
 * The facts of each service of a policy, in one language and under the law the text follows, in
 * the same words as the composed text: what a record of processing activities or an export needs
 * without composing the whole policy again.
 */
export function serviceFacts(policy: Policy, locale: Locale): ServiceFacts[] {
  const ctx = createContext(policy, locale);
  return ctx.policy.services.map((service) => ({
    id: service.id,
    name: ctx.serviceName(service).value,
    purposes: service.purposes.map((p) => {
      const basis = getLegalBasis(p.legalBasis);
      return { purpose: ctx.term(getPurpose(p.purpose).label), legalBasis: `${ctx.cite(basis)} (${ctx.term(basis.inSentence)})` };
    }),
    subjects: [...new Set(service.subjects.map((id) => ctx.term(getDataSubject(id).label)))],
    // A kind of data the service lists more than once (each time with other details) is named once.
    data: [...new Set(service.data.map((item) => ctx.term(getDataCategory(item.category).label)))],
    recipients: [
      ...(service.processor === null ? [] : [`${service.processor.entity.name}, ${ctx.country(service.processor.entity.address.country)}`]),
      ...service.recipients.map((recipient) => ctx.text(recipient.name).value),
    ],
    transfers: service.transfers.map((transfer) => ({ country: ctx.country(transfer.country), ground: safeguardText(ctx, service, transfer) })),
    retention: plain(serviceRetentionShort(ctx, service)),
  }));
}
