import type { FinancialIncentive } from "../model/california.js";
import type { Service } from "../model/resolved.js";
import { serviceCategories, type ServiceCategoryId } from "../model/service-category.js";
import { ccpaCategories, ccpaSensitiveCategories, ccpaSensitiveIds, getDataCategory, getPurpose, type DataCategoryId } from "../taxonomy/index.js";
import {
  californiaCategories,
  californiaSensitive,
  disclosedForBusinessPurpose,
  sellingOrSharing,
  type CaliforniaCategoryId,
  type CaliforniaGroup,
} from "./california-facts.js";
import type { Context } from "./context.js";
import type { PolicySection } from "./document.js";
import { inline, joined, type Inline } from "./inline.js";
import { californiaEn as c, californiaPointer } from "./messages/california.js";
import { emailLink, list, paragraph, phoneLink, strong, webLink, type Block } from "./nodes.js";
import { addressInline } from "./party.js";
import { serviceRetentionShort } from "./retention-text.js";
import { section } from "./section.js";

/** Whether the policy declares the CCPA: then the document has a section for California residents. */
export function hasCalifornia(ctx: Context): boolean {
  return ctx.policy.jurisdictions.includes("ccpa") && ctx.policy.california !== undefined;
}

/**
 * "Your California privacy rights": what the CCPA asks a privacy policy to disclose
 * (Cal. Civ. Code §§ 1798.100(a), 1798.110(c), 1798.115(c), 1798.130(a)(5), 1798.135(c)(2)),
 * composed from the same services as the rest of the text. In English only (see
 * messages/california.ts); a document in another language says where it is.
 */
export function californiaSection(ctx: Context): PolicySection {
  if (ctx.locale !== "en") {
    const pointer = californiaPointer[ctx.locale];
    return section("california", { title: pointer.title, content: [paragraph(pointer.text)] });
  }
  const { policy } = ctx;
  const services = policy.services;
  const sensitive = californiaSensitive(services, ccpaSensitiveIds);
  const incentives = policy.california?.financialIncentives ?? [];
  return section("california", {
    title: c.title,
    content: [paragraph(c.intro(ctx.date(policy.meta.updated)))],
    sections: [
      collectedSection(ctx, services),
      ...(sensitive.length === 0 ? [] : [sensitiveSection(ctx, sensitive)]),
      sourcesSection(ctx, services),
      disclosuresSection(ctx, services),
      rightsSection(ctx, services),
      ...(incentives.length === 0 ? [] : [incentivesSection(ctx, incentives)]),
      requestsSection(ctx, services),
    ],
  });
}

/** § 1798.100(a), § 1798.110(c)(1) and (3): each category, its data, collectors, purposes, sale or sharing, retention. */
function collectedSection(ctx: Context, services: readonly Service[]): PolicySection {
  const blocks = californiaCategories(services).flatMap((group): Block[] => [
    paragraph(strong(categoryName(group.id)), ` (${categoryCitation(group.id)})`),
    list(groupFacts(ctx, group)),
  ]);
  return section("california-collected", { title: c.collectedTitle, content: [paragraph(c.collectedIntro), ...blocks] });
}

/** § 1798.100(a)(2): the kinds of sensitive personal information, their purposes and whether sold or shared; and the right to limit. */
function sensitiveSection(ctx: Context, groups: readonly CaliforniaGroup<(typeof ccpaSensitiveIds)[number]>[]): PolicySection {
  const california = ctx.policy.california;
  const items = groups.map((group) => {
    const kind = ccpaSensitiveCategories.find((entry) => entry.id === group.id);
    return [paragraph(strong(kind?.label.en ?? group.id), ` (${kind?.citation.en ?? ""})`), list(groupFacts(ctx, group))];
  });
  const limit = california?.sensitiveBeyondLimits === true;
  const page = california?.limitUrl ?? california?.choicesUrl;
  const closing = limit
    ? paragraph(c.sensitiveBeyondLimits(page === undefined ? c.limitPage : webLink(page, c.limitPage)))
    : paragraph(c.sensitiveWithinLimits);
  return section("california-sensitive", { title: c.sensitiveTitle, content: [paragraph(c.sensitiveIntro), ...items.flat(), closing] });
}

/** What the policy says of one category's data: the data, who collects it, why, whether sold or shared, how long it is kept. */
function groupFacts(ctx: Context, group: CaliforniaGroup<string>): Inline[] {
  const labels = group.items.map((id: DataCategoryId) => ctx.term(getDataCategory(id).inSentence));
  const purposes = [
    ...new Set(group.services.flatMap((service) => service.purposes.map((purpose) => ctx.term(getPurpose(purpose.purpose).inSentence)))),
  ];
  const kept = group.services.map((service) => inline(ctx.serviceName(service), ": ", serviceRetentionShort(ctx, service)));
  return [
    inline(c.data, ": ", ctx.list(labels)),
    inline(c.collectedBy, ": ", ctx.list(group.services.map((service) => [ctx.serviceName(service)]))),
    inline(c.purposes, ": ", ctx.list(purposes)),
    inline(c.soldOrShared, ": ", disclosureText(ctx, group.services)),
    inline(c.kept, ": ", joined(kept, "; ")),
  ];
}

/** Whether the services sell or share their data, and to whom; a sentence. */
function disclosureText(ctx: Context, services: readonly Service[]): Inline {
  const selling = sellingOrSharing(services);
  if (selling.length === 0) return inline(c.neitherSoldNorShared);
  const how = (["sold", "shared", "sold-and-shared"] as const).map((kind) => {
    const these = selling.filter((service) => service.california === kind);
    return these.length === 0 ? [] : [c.disclosure(kind, ctx.list(these.map((service) => recipientOf(ctx, service))))];
  });
  return inline(...how.flat().flatMap((sentence, index) => (index === 0 ? [sentence] : [" ", sentence])));
}

/** A service's provider as the recipient: "Meta Platforms Ireland Limited (Meta Pixel)"; the service's name where it has no provider. */
function recipientOf(ctx: Context, service: Service): Inline {
  const provider = service.processor?.entity.name;
  return provider === undefined ? inline(ctx.serviceName(service)) : inline(provider, " (", ctx.serviceName(service), ")");
}

/** § 1798.110(c)(2): the categories of sources. */
function sourcesSection(ctx: Context, services: readonly Service[]): PolicySection {
  const items = services.flatMap((service) => service.data);
  const fromYou = items.some((item) => item.collected === "provided" || item.collected === "content");
  const fromDevice = items.some((item) => item.collected === "automatic" || item.collected === "usage");
  const named = [
    ...items.flatMap((item) => (item.collected === "received" && item.source !== undefined ? [ctx.text(item.source)] : [])),
    ...services.flatMap((service) =>
      service.sources.flatMap((source) => (source.from === "third-party" && source.name !== undefined ? [ctx.text(source.name)] : [])),
    ),
  ];
  const distinct = named.filter((node, index) => named.findIndex((other) => other.value === node.value) === index);
  const fromPublic = services.some((service) => service.sources.some((source) => source.from === "public"));
  const sources: Inline[] = [
    ...(fromYou ? [inline(c.sourceYou)] : []),
    ...(fromDevice ? [inline(c.sourceDevice)] : []),
    ...(distinct.length === 0 ? [] : [c.sourceOthers(ctx.list(distinct))]),
    ...(fromPublic ? [inline(c.sourcePublic)] : []),
  ];
  return section("california-sources", { title: c.sourcesTitle, content: [paragraph(c.sourcesIntro), list(sources)] });
}

/** § 1798.110(c)(4) and § 1798.115(c): the recipients by kind, then what was sold or shared, then what was disclosed for a business purpose. */
function disclosuresSection(ctx: Context, services: readonly Service[]): PolicySection {
  const recipients = recipientGroups(ctx, services);
  const categories = californiaCategories(services);
  const listed = (pick: (services: readonly Service[]) => Service[]): Inline[] =>
    categories.flatMap((group) => {
      const these = pick(group.services);
      return these.length === 0 ? [] : [c.groupItem(categoryName(group.id), ctx.list(these.map((service) => recipientOf(ctx, service))))];
    });
  const sold = listed(sellingOrSharing);
  const business = listed(disclosedForBusinessPurpose);
  return section("california-disclosures", {
    title: c.disclosuresTitle,
    content: [
      ...(recipients.length === 0 ? [] : [paragraph(c.thirdPartiesIntro), list(recipients)]),
      // "prominently" (§ 1798.130(a)(5)(C)(i)): where nothing was sold or shared, the sentence stands out.
      ...(sold.length === 0 ? [paragraph(strong(c.noneSoldShared))] : [paragraph(c.soldSharedIntro), list(sold)]),
      ...(business.length === 0 ? [paragraph(c.noneBusinessPurpose)] : [paragraph(c.businessPurposeIntro), list(business)]),
    ],
  });
}

/** The services' providers and recipients by the kind of service they provide, in the order of the kinds. */
function recipientGroups(ctx: Context, services: readonly Service[]): Inline[] {
  const byKind = new Map<ServiceCategoryId | "other", Inline[]>();
  const add = (kind: ServiceCategoryId | "other", recipient: Inline) => byKind.set(kind, [...(byKind.get(kind) ?? []), recipient]);
  for (const service of services) {
    if (service.processor !== null) add(service.processor.categories?.[0] ?? "other", recipientOf(ctx, service));
    for (const recipient of service.recipients) add("other", inline(ctx.text(recipient.name)));
  }
  const kinds = [...(Object.keys(serviceCategories) as ServiceCategoryId[]), "other" as const];
  return kinds.flatMap((kind) => {
    const recipients = byKind.get(kind);
    if (recipients === undefined) return [];
    const label = kind === "other" ? c.otherRecipients : serviceCategories[kind].en;
    return [c.groupItem(label, ctx.list(recipients))];
  });
}

/** §§ 1798.100–1798.125 as § 1798.130(a)(5)(A) and § 1798.135(c)(2) ask: each right in a sentence. */
function rightsSection(ctx: Context, services: readonly Service[]): PolicySection {
  const california = ctx.policy.california;
  const sells = sellingOrSharing(services).length > 0;
  const rights: Inline[] = [
    c.rightToKnow,
    c.rightToDelete,
    c.rightToCorrect,
    ...(sells ? [c.rightToOptOut] : []),
    ...(california?.sensitiveBeyondLimits === true ? [c.rightToLimit] : []),
    c.noDiscrimination,
  ];
  return section("california-rights", {
    title: c.rightsTitle,
    content: [paragraph(c.rightsIntro), list(rights), ...(sells ? [] : [paragraph(c.noSale)])],
  });
}

/** § 1798.125(b): each financial incentive with its material terms, and the opt-in it needs. */
function incentivesSection(ctx: Context, incentives: readonly FinancialIncentive[]): PolicySection {
  const items = incentives.map((incentive) => inline(strong(ctx.text(incentive.name)), ": ", ctx.prose(incentive.terms)));
  return section("california-incentives", {
    title: c.incentivesTitle,
    content: [paragraph(c.incentivesIntro), list(items), paragraph(c.incentivesConsent)],
  });
}

/** § 1798.130(a)(1) and (2), § 1798.135, § 1798.120(c): how to make a request, the opt-out, the signals, minors, Do Not Track, questions. */
function requestsSection(ctx: Context, services: readonly Service[]): PolicySection {
  const { policy } = ctx;
  const california = policy.california;
  const contact = policy.rightsContact;
  const email = contact?.email ?? policy.controller.email;
  const ways: Inline[] = [
    ...(contact?.phone === undefined ? [] : [c.tollFree(phoneLink(contact.phone))]),
    ...(email === undefined ? [] : [c.byEmail(emailLink(email))]),
    ...(contact?.url === undefined ? [] : [c.byForm(webLink(contact.url))]),
    ...[c.byPost(inline(policy.controller.name, ", ", addressInline(ctx, contact?.address ?? policy.controller.address)))],
  ];
  const sells = sellingOrSharing(services).length > 0;
  const optOut: Block[] = [];
  if (sells && california?.choicesUrl !== undefined) optOut.push(paragraph(c.choicesLink(webLink(california.choicesUrl, c.optOutPage))));
  else if (sells && california?.optOutUrl !== undefined) optOut.push(paragraph(c.optOutLink(webLink(california.optOutUrl, c.optOutPage))));
  if (california?.optOutPreferenceSignal === true) optOut.push(paragraph(c.signal));
  if (sells && california?.sellsUnder16 !== undefined) optOut.push(paragraph(california.sellsUnder16 ? c.under16Authorised : c.under16No));
  const doNotTrack = california?.doNotTrack;
  return section("california-requests", {
    title: c.requestsTitle,
    content: [
      paragraph(c.requestWays),
      list(ways),
      paragraph(c.verification),
      paragraph(c.agents),
      paragraph(c.answerTime),
      ...optOut,
      ...(doNotTrack === undefined ? [] : [paragraph(doNotTrack === "honored" ? c.doNotTrackHonored : c.doNotTrackNotHonored)]),
      paragraph(c.questions(`“${ctx.m.titles.contact}”`)),
    ],
  });
}

function categoryName(id: CaliforniaCategoryId): string {
  return id === "other" ? c.otherCategory : (ccpaCategories.find((entry) => entry.id === id)?.label.en ?? id);
}

function categoryCitation(id: CaliforniaCategoryId): string {
  return id === "other" ? c.otherCitation : (ccpaCategories.find((entry) => entry.id === id)?.citation.en ?? "");
}
