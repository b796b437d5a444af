import type { Break, Paragraph, PhrasingContent } from "mdast";
import type { Address, DataProtectionOfficer, Party } from "../model/party.js";
import { countryName, type Locale } from "../taxonomy/index.js";
import type { RightsContact } from "./types.js";
import type { Context } from "./context.js";
import { inline, text, type Inline, type InlineArg, joined } from "./inline.js";
import { emailLink, phoneLink, webLink } from "./nodes.js";

const lineBreak: Break = { type: "break" };

/** Where the city line puts postal code and region, by country. */
function cityLines(address: Address): string[] {
  const postalCode = address.postalCode ?? "";
  switch (address.country) {
    case "US":
    case "CA":
    case "AU":
      // San Jose, CA 95113
      return [[address.city, [address.region, address.postalCode].filter(Boolean).join(" ")].filter(Boolean).join(", ")];
    case "GB":
    case "IE":
      // London / SW1A 1AA
      return [address.city, ...(address.region === undefined ? [] : [address.region]), ...(postalCode === "" ? [] : [postalCode])];
    default:
      // 10999 Berlin
      return [[postalCode, address.city].filter(Boolean).join(" ") + (address.region === undefined ? "" : `, ${address.region}`)];
  }
}

/** The lines of a postal address, the country named in the document's language. */
export function addressLines(ctx: Context, address: Address): string[] {
  return [address.street, ...cityLines(address), ctx.country(address.country)];
}

/**
 * The lines of a postal address outside a policy (a record of processing, an export): as the
 * address's country writes it, the country named in `locale`.
 */
export function postalAddressLines(address: Address, locale: Locale): string[] {
  return [address.street, ...cityLines(address), countryName(address.country, locale)];
}

/** An address on one line: "Oranienstraße 183, 10999 Berlin, Germany". */
export function addressInline(ctx: Context, address: Address): string {
  return addressLines(ctx, address).join(", ");
}

function lines(rows: readonly Inline[]): PhrasingContent[] {
  return joined(rows, lineBreak);
}

export function contactRows(ctx: Context, contact: { email?: string | undefined; phone?: string | undefined; url?: string | undefined }): Inline[] {
  const { m } = ctx;
  const rows: Inline[] = [];
  if (contact.email !== undefined) rows.push(inline(`${m.email}: `, emailLink(contact.email)));
  if (contact.phone !== undefined) rows.push(inline(`${m.phone}: `, phoneLink(contact.phone)));
  if (contact.url !== undefined) rows.push(inline(`${m.website}: `, webLink(contact.url)));
  return rows;
}

/**
 * A party as an address block: name, address and the ways to reach it, one per line. Without
 * `address` (one no source confirms), the country stands in for the postal address.
 */
export function partyBlock(ctx: Context, party: Party, { address = true }: { readonly address?: boolean } = {}): Paragraph {
  const where = address ? addressLines(ctx, party.address) : [ctx.country(party.address.country)];
  const rows: Inline[] = [[text(party.name)], ...where.map((line) => [text(line)]), ...contactRows(ctx, party)];
  return addressBlock(rows);
}

/** The data protection officer as an address block. */
export function dpoBlock(ctx: Context, dpo: DataProtectionOfficer): Paragraph {
  const rows: Inline[] = [
    ...(dpo.name === undefined ? [] : [[text(dpo.name)]]),
    ...(dpo.address === undefined ? [] : addressLines(ctx, dpo.address).map((line) => [text(line)])),
    ...contactRows(ctx, dpo),
  ];
  return addressBlock(rows);
}

/** A party on one line: its name and address. */
export function partyInline(ctx: Context, party: Party): PhrasingContent[] {
  return inline(party.name, ", ", addressInline(ctx, party.address));
}

/**
 * Where a person sends a request (to exercise a right, to object, to withdraw consent): the
 * policy's rights contact where it gives one, else the controller's e-mail address, else the
 * controller's postal address.
 */
export function requestContact(ctx: Context): PhrasingContent[] {
  const { rightsContact, controller } = ctx.policy;
  const ways = rightsContact === undefined ? [] : rightsContactWays(ctx, rightsContact);
  if (ways.length > 0) return ctx.list(ways, "or");
  if (controller.email !== undefined) return [emailLink(controller.email)];
  return partyInline(ctx, controller);
}

function rightsContactWays(ctx: Context, contact: RightsContact): InlineArg[] {
  return [
    ...(contact.email === undefined ? [] : [emailLink(contact.email)]),
    ...(contact.phone === undefined ? [] : [phoneLink(contact.phone)]),
    ...(contact.url === undefined ? [] : [webLink(contact.url)]),
    ...(contact.address === undefined ? [] : [inline(ctx.policy.controller.name, ", ", addressInline(ctx, contact.address))]),
  ];
}

/** Lines of a postal address and the ways to reach it, marked as such (`data.address`). */
export function addressBlock(rows: readonly Inline[]): Paragraph {
  return { type: "paragraph", children: lines(rows), data: { address: true } };
}
