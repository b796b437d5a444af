import {
  countryName,
  getDataCategory,
  getLegalBasis,
  getPurpose,
  type DataCategoryId,
  type Locale,
  type Policy,
} from "@policy/core";
import type { BlockContent, List, ListItem, PhrasingContent } from "mdast";
import type { Messages } from "../messages/index.js";
import { localized } from "./localized.js";
import { processingCountries, providerCountry, serviceName, transferRecipient, transferSafeguard } from "./service-facts.js";

/** A data category a person can pick in the data view. */
export interface DataChoice {
  readonly id: DataCategoryId;
  readonly label: string;
}

/**
 * The data categories the policy's services name, ordered by id so that related kinds of data
 * stand together (user.contact.*, user.device.*) and the order is the same in every language.
 */
export function dataChoices(policy: Policy, locale: Locale): DataChoice[] {
  const ids = new Set<DataCategoryId>();
  for (const service of policy.services) for (const item of service.data) ids.add(item.category);
  return [...ids].sort().map((id) => ({ id, label: getDataCategory(id).label[locale] }));
}

/**
 * The answer to "who processes this data?": every service whose data includes the category, a
 * narrower one (picking user.device also finds user.device.ip_address) or a broader one (a
 * service that lists user.device processes the IP address too, and says so), each with its
 * purposes and their legal bases, the provider's country and the transfers out of the EU/EEA.
 */
export function dataAnswer(policy: Policy, id: DataCategoryId, locale: Locale, m: Messages): BlockContent[] {
  const category = getDataCategory(id);
  const blocks: BlockContent[] = [
    heading(`${category.label[locale]} (${id})`),
    paragraph([{ type: "text", value: category.description[locale] }]),
  ];
  const related = (other: DataCategoryId): boolean => other === id || other.startsWith(`${id}.`) || id.startsWith(`${other}.`);
  const services = policy.services.filter((service) => service.data.some((item) => related(item.category)));
  if (services.length === 0) {
    blocks.push(paragraph([{ type: "text", value: m.data.nobody }]));
    return blocks;
  }
  blocks.push(paragraph([{ type: "strong", children: [{ type: "text", value: m.data.processedBy(services.length) }] }]));
  for (const service of services) {
    const items: ListItem[] = [];
    const provider = service.processor
      ? `${service.processor.entity.name}, ${providerCountry(service, policy, locale)}`
      : `${m.data.inHouse}, ${providerCountry(service, policy, locale)}`;
    items.push(item(m.data.provider, provider));
    const declared = [...new Set(service.data.filter((data) => related(data.category) && data.category !== id).map((data) => data.category))];
    for (const other of declared) items.push(item(undefined, m.data.declaredAs(`${getDataCategory(other).label[locale]} (${other})`)));
    for (const purpose of service.purposes) {
      const basis = getLegalBasis(purpose.legalBasis);
      const described = purpose.description === undefined ? "" : `: ${localized(purpose.description, locale)}`;
      const purposeItem = item(m.data.purpose, `${getPurpose(purpose.purpose).label[locale]}${described}`);
      const basisList: List = { type: "list", ordered: false, spread: false, children: [item(m.data.legalBasis, `${basis.citation[locale]}, ${basis.label[locale]}`)] };
      items.push({ ...purposeItem, children: [...purposeItem.children, basisList] });
    }
    items.push(item(m.data.countries, processingCountries(service, policy, locale)));
    for (const transfer of service.transfers) {
      const recipient = transferRecipient(transfer, locale);
      const to = recipient === undefined ? "" : ` (${recipient})`;
      items.push(item(m.data.transfers, `${countryName(transfer.country, locale)}${to}: ${transferSafeguard(service, transfer, locale, m)}`));
    }
    blocks.push(heading(serviceName(service, locale)), { type: "list", ordered: false, spread: false, children: items });
  }
  return blocks;
}

function heading(value: string): BlockContent {
  return { type: "heading", depth: 3, children: [{ type: "text", value }] };
}

function paragraph(children: PhrasingContent[]): BlockContent {
  return { type: "paragraph", children };
}

/** "Label: value" as a list item, the label in bold; just the value without a label. */
function item(label: string | undefined, value: string): ListItem {
  const children: PhrasingContent[] =
    label === undefined
      ? [{ type: "text", value }]
      : [{ type: "strong", children: [{ type: "text", value: `${label}:` }] }, { type: "text", value: ` ${value}` }];
  return { type: "listItem", spread: false, children: [{ type: "paragraph", children }] };
}
