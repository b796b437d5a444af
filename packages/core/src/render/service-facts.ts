import { createContext } from "../compose/context.js";
import { safeguardText } from "../compose/index-facts.js";
import { plain } from "../compose/inline.js";
import { retentionSentence, serviceRetentionShort } from "../compose/retention-text.js";
import { provisionAnswer, sourceItem } from "../compose/service-data.js";
import { transferDoubt } from "../compose/transfer.js";
import type { Policy } from "../model/resolved.js";
import type { Provision } from "../model/service.js";
import { transfersUnconfirmed } from "../model/unconfirmed.js";
import {
  getDataCategory,
  getDataSubject,
  getLegalBasis,
  getPurpose,
  type CountryCode,
  type DataCategoryId,
  type Locale,
  type PurposeId,
  type TransferGroundId,
} from "../taxonomy/index.js";

/** A service's facts in one language, each as the policy's text words it: for records and exports built beside the text. */
export interface ServiceFacts {
  readonly id: string;
  readonly name: string;
  /** Each purpose with its legal basis: "Providing the service: Art. 6(1)(b) GDPR". */
  readonly purposes: readonly { readonly purpose: string; readonly legalBasis: string }[];
  readonly subjects: readonly string[];
  readonly data: readonly string[];
  /** The same kinds of data with their ids, one per category, in the order the service lists them. */
  readonly dataCategories: readonly { readonly id: DataCategoryId; readonly label: string }[];
  /** The provider with its country, then the further recipients the service names. */
  readonly recipients: readonly string[];
  /** Each country outside the law's area with the ground of the transfer, or that the provider's documents do not confirm one. */
  readonly transfers: readonly {
    readonly country: string;
    readonly countryCode: CountryCode;
    /** The ground's id, undefined where the provider's documents do not confirm it. */
    readonly mechanism: TransferGroundId | undefined;
    readonly ground: string;
  }[];
  /** Whether the provider's documents leave open whether the data goes (further) abroad: then the list is not all there is. */
  readonly transfersUnconfirmed: boolean;
  /** How long the data is kept, as the text's table of services says it. */
  readonly retention: string;
  /**
   * The same as periods, each in the sentence of the service's own section: first the service's,
   * then each part of the data kept for a period of its own, with the data or purposes it covers.
   * Where only the provider keeps the data, one entry that says so.
   */
  readonly retentionPeriods: readonly {
    readonly data?: readonly DataCategoryId[];
    readonly purposes?: readonly PurposeId[];
    readonly duration?: string;
    readonly sentence: string;
  }[];
  /**
   * Where the data comes from when not from the person (Art. 14(2)(f)): each source the service
   * names, and each kind of data received from others, as the text words it.
   */
  readonly sources: readonly { readonly public: boolean; readonly text: string; readonly data?: DataCategoryId }[];
  /** Whether people must provide the data, and what follows if not, as the text answers it (Art. 13(2)(e)); undefined where the policy does not say. */
  readonly provision: { readonly requirement: Provision["requirement"]; readonly answer: string } | undefined;
}

/**
 * The facts of each service of a policy, in one language and under the law the text follows, in
 * the same words as the composed text: what a record of processing activities or an export needs
 * without composing the whole policy again.
 */
export function serviceFacts(policy: Policy, locale: Locale): ServiceFacts[] {
  const ctx = createContext(policy, locale);
  return ctx.policy.services.map((service): ServiceFacts => {
    // A kind of data the service lists more than once (each time with other details) is named once.
    const dataCategories = [...new Set(service.data.map((item) => item.category))].map((id) => ({ id, label: ctx.term(getDataCategory(id).label) }));
    return {
      id: service.id,
      name: ctx.serviceName(service).value,
      purposes: service.purposes.map((p) => {
        const basis = getLegalBasis(p.legalBasis);
        return { purpose: ctx.term(getPurpose(p.purpose).label), legalBasis: `${ctx.cite(basis)} (${ctx.term(basis.inSentence)})` };
      }),
      subjects: [...new Set(service.subjects.map((id) => ctx.term(getDataSubject(id).label)))],
      data: dataCategories.map((category) => category.label),
      recipients: [
        ...(service.processor === null ? [] : [`${service.processor.entity.name}, ${ctx.country(service.processor.entity.address.country)}`]),
        ...service.recipients.map((recipient) => ctx.text(recipient.name).value),
      ],
      dataCategories,
      transfers: service.transfers.map((transfer) => ({
        country: ctx.country(transfer.country),
        countryCode: transfer.country,
        mechanism: transferDoubt(service, transfer) === undefined ? transfer.mechanism : undefined,
        ground: safeguardText(ctx, service, transfer),
      })),
      transfersUnconfirmed: transfersUnconfirmed(service),
      retention: plain(serviceRetentionShort(ctx, service)),
      retentionPeriods:
        service.keptBy === "provider"
          ? [{ sentence: plain(ctx.m.keptByProvider) }]
          : [service.retention, ...(service.retention?.exceptions ?? [])].map((period) => ({
              ...(period !== null && "data" in period && period.data !== undefined ? { data: period.data } : {}),
              ...(period !== null && "purposes" in period && period.purposes !== undefined ? { purposes: period.purposes } : {}),
              ...(period?.duration === undefined ? {} : { duration: period.duration }),
              sentence: plain(retentionSentence(ctx, period)),
            })),
      sources: [
        ...service.sources
          .filter((source) => source.from !== "data-subject")
          .map((source) => ({ public: source.from === "public", text: plain(sourceItem(ctx, source)) })),
        ...service.data.flatMap((item) =>
          item.source === undefined ? [] : [{ public: false, text: ctx.text(item.source).value, data: item.category }],
        ),
      ],
      provision:
        service.provision === undefined
          ? undefined
          : { requirement: service.provision.requirement, answer: plain(provisionAnswer(ctx, service.provision)) },
    };
  });
}
