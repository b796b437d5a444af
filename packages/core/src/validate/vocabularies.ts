import {
  countryCodes,
  dataCategoryIds,
  dataSubjectIds,
  legalBasisIds,
  purposeIds,
  specialCategoryConditionIds,
  transferGroundIds,
} from "../taxonomy/index.js";

/** The id lists a policy may use, with the words an issue names them by. */
const vocabularies: ReadonlyArray<{ readonly name: string; readonly ids: readonly string[] }> = [
  { name: "data category", ids: dataCategoryIds },
  { name: "purpose", ids: purposeIds },
  { name: "data subject", ids: dataSubjectIds },
  { name: "legal basis", ids: legalBasisIds },
  { name: "Art. 9(2) condition", ids: specialCategoryConditionIds },
  { name: "transfer ground", ids: transferGroundIds },
  { name: "country code", ids: countryCodes },
];

/** Which vocabulary a list of allowed values is, if it is one of ours. */
export function vocabularyOf(values: readonly unknown[]): string | undefined {
  return vocabularies.find(({ ids }) => ids.length === values.length && ids[0] === values[0] && ids.at(-1) === values.at(-1))?.name;
}
