import type { Party } from "../model/party.js";
import { germanLandNeeded, supervisoryAuthorityFor } from "./authority-lookup.js";
import { germanLandOf } from "./german-land-of.js";
import { isUnconfirmedAuthorityFact, type SupervisoryAuthority } from "./supervisory-authority.js";

/** Why no authority can be named for a controller: Germany without a Land we can tell, none known, or only from a third party's list. */
export type NoAuthority = "land-needed" | "unknown" | "unconfirmed";

/**
 * The supervisory authority competent for the controller, from its seat: the country, and in
 * Germany the Land (the address's `land`, else what postal code and city decide). Its name must be
 * confirmed by the authority's own pages; otherwise the reason there is none.
 */
export function competentAuthority(controller: Pick<Party, "address">): SupervisoryAuthority | NoAuthority {
  const { country, postalCode, city, land } = controller.address;
  const seat = country === "DE" ? (land ?? germanLandOf({ postalCode, city })) : undefined;
  const query = seat === undefined ? { country } : { country, land: seat };
  if (germanLandNeeded(query)) return "land-needed";
  const authority = supervisoryAuthorityFor(query);
  if (authority === undefined) return "unknown";
  return isUnconfirmedAuthorityFact(authority, "name") ? "unconfirmed" : authority;
}
