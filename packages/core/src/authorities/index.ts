export {
  type AuthorityQuery,
  germanLandNeeded,
  supervisoryAuthorities,
  supervisoryAuthorityById,
  supervisoryAuthorityFor,
} from "./authority-lookup.js";
export { competentAuthority, type NoAuthority } from "./competent-authority.js";
export { type GermanLand, germanLands, isGermanLand } from "./german-land.js";
export { type GermanSeat, germanLandOf } from "./german-land-of.js";
export {
  type AuthorityCompetence,
  type AuthorityFact,
  type AuthorityName,
  type AuthorityNameChange,
  type AuthoritySource,
  authorityFacts,
  isUnconfirmedAuthorityFact,
  type SupervisoryAuthority,
  type UnconfirmedAuthorityFact,
} from "./supervisory-authority.js";
