/** The vocabularies `policy taxonomy` lists, by the word the command takes. */
export const taxonomyKinds = ["data", "purposes", "subjects", "bases", "conditions", "grounds", "countries"] as const;
export type TaxonomyKind = (typeof taxonomyKinds)[number];
