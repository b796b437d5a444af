import type { CountryCode } from "../taxonomy/country.js";
import { europeanAuthorities } from "./european-authorities.js";
import { germanAuthorities } from "./german-authorities.js";
import type { GermanLand } from "./german-land.js";
import type { SupervisoryAuthority } from "./supervisory-authority.js";

/** Every authority we keep: the EEA's authorities for private companies, the BfDI, the FDPIC and the ICO. */
export const supervisoryAuthorities: readonly SupervisoryAuthority[] = [...germanAuthorities, ...europeanAuthorities];

/** Where a controller is seated, and, for a German provider of telecommunications or postal services, that sector. */
export interface AuthorityQuery {
  readonly country: CountryCode;
  /** Required for Germany: each Land has its own authority. */
  readonly land?: GermanLand;
  /** The BfDI, not the Land's authority, supervises German providers of telecommunications and postal services. */
  readonly sector?: "telecommunications-and-postal";
}

export function supervisoryAuthorityById(id: string): SupervisoryAuthority | undefined {
  return supervisoryAuthorities.find((authority) => authority.id === id);
}

/** Whether the query is German and lacks the Land that decides the authority: the policy must state it. */
export function germanLandNeeded(query: AuthorityQuery): boolean {
  return query.country === "DE" && query.land === undefined && query.sector === undefined;
}

/**
 * The authority competent for a private company seated as the query says, or undefined where we
 * know none, and for Germany without a Land (see germanLandNeeded). Check the record's
 * `unconfirmed` (isUnconfirmedAuthorityFact) before stating a fact.
 */
export function supervisoryAuthorityFor(query: AuthorityQuery): SupervisoryAuthority | undefined {
  if (query.country === "DE") {
    if (query.sector === "telecommunications-and-postal") {
      return supervisoryAuthorities.find((authority) => authority.competence === "telecommunications-and-postal");
    }
    if (query.land === undefined) return undefined;
    return supervisoryAuthorities.find((authority) => authority.country === "DE" && authority.land === query.land);
  }
  return supervisoryAuthorities.find((authority) => authority.country === query.country && authority.competence === "private-sector");
}
