import { competentAuthority } from "../authorities/competent-authority.js";
import { isEeaMember } from "../taxonomy/index.js";
import { supervisoryAuthorityById } from "../authorities/authority-lookup.js";
import { authorityNameIn, isUnconfirmedAuthorityFact, type SupervisoryAuthority } from "../authorities/supervisory-authority.js";
import type { Address } from "../model/party.js";
import type { Locale } from "../taxonomy/index.js";
import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import { text, type Inline } from "./inline.js";
import { paragraph, webLink, type Block } from "./nodes.js";
import { addressBlock, addressLines, contactRows, partyBlock } from "./party.js";
import { section } from "./section.js";

/**
 * The right to lodge a complaint with a supervisory authority (Art. 77, Art. 13(2)(d) GDPR), after
 * how to complain to us where the law asks controllers to handle complaints (the UK): the
 * authority the policy names; else the one the text's law gives (see `authorityFor`), from our
 * data, with only the facts the authority's own pages confirm; else how to find the competent one.
 * Under the FADP it is reporting to the FDPIC (Art. 49); a text under the GDPR that speaks to
 * readers in Switzerland too says how to report there, after the rest.
 */
export function complaintSection(ctx: Context): PolicySection {
  const { m, policy } = ctx;
  const content: Block[] = [
    ...(m.complaintToController === null ? [] : [paragraph(m.complaintToController(m.see(m.titles.contact)))]),
    paragraph(m.complaintIntro),
  ];
  const competent = policy.supervisoryAuthority === undefined ? authorityFor(ctx) : undefined;
  if (policy.supervisoryAuthority !== undefined) {
    content.push(paragraph(m.complaintAuthority), partyBlock(ctx, policy.supervisoryAuthority));
  } else if (typeof competent === "object" && !isUnconfirmedAuthorityFact(competent, "name")) {
    content.push(paragraph(m.complaintAuthority), authorityBlock(ctx, competent));
  } else {
    content.push(paragraph(m.complaintFind(webLink(m.authoritiesUrl))));
  }
  const fdpic = ctx.swiss === undefined ? undefined : supervisoryAuthorityById("ch-edoeb");
  if (fdpic !== undefined) content.push(paragraph(m.swiss.complaint(webLink(fdpic.url))));
  return section("complaint", { title: m.titles.complaint, content });
}

/**
 * The authority the text names when the policy names none. Under the FADP there is one, the FDPIC,
 * wherever the controller is. Under the GDPR, the one competent for the controller's seat in the
 * EU/EEA; a controller outside it has no lead authority (Art. 56 needs an establishment in the
 * Union), so people complain where they live or work, and the text points to the list of all.
 */
export function authorityFor(ctx: Context): ReturnType<typeof competentAuthority> | undefined {
  const { controller } = ctx.policy;
  if (ctx.law === "fadp") return supervisoryAuthorityById("ch-edoeb");
  if (ctx.law === "gdpr" && !isEeaMember(controller.address.country)) return undefined;
  return competentAuthority(controller);
}

/** An authority as the text names it: its name in the document's language, and only the facts its own pages confirm. */
export interface AuthorityFacts {
  readonly name: string;
  readonly address?: Address;
  readonly email?: string;
  readonly phone?: string;
  readonly url?: string;
}

/** An authority from our data with the facts the text may state. */
export function confirmedAuthority(authority: SupervisoryAuthority, locale: Locale): AuthorityFacts {
  const confirmed = (fact: Parameters<typeof isUnconfirmedAuthorityFact>[1]) => !isUnconfirmedAuthorityFact(authority, fact);
  return {
    name: authorityNameIn(authority.name, locale),
    ...(confirmed("address") ? { address: authority.address } : {}),
    ...(confirmed("email") && authority.email !== undefined ? { email: authority.email } : {}),
    ...(confirmed("phone") && authority.phone !== undefined ? { phone: authority.phone } : {}),
    ...(confirmed("url") ? { url: authority.url } : {}),
  };
}

/** An authority from our data as an address block: its name in the document's language and each confirmed fact. */
function authorityBlock(ctx: Context, authority: SupervisoryAuthority): Block {
  const { name, address, ...contact } = confirmedAuthority(authority, ctx.locale);
  const rows: Inline[] = [
    [text(name)],
    ...(address === undefined ? [] : addressLines(ctx, address).map((line) => [text(line)])),
    ...contactRows(ctx, contact),
  ];
  return addressBlock(rows);
}
