/**
 * The bases that give a right to object on grounds of one's particular situation (Art. 21(1) GDPR;
 * the UK GDPR adds its recognised legitimate interests, point (ea)).
 */
export const objectionBases = ["A6-1-e", "A6-1-ea", "A6-1-f"] as const;
export type ObjectionBasis = (typeof objectionBases)[number];

export function isObjectionBasis(basis: string): basis is ObjectionBasis {
  return (objectionBases as readonly string[]).includes(basis);
}
