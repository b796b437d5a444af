import { dataSubjects, type DataSubjectId } from "./generated/data-subjects.js";
import { lookupById } from "./lookup.js";
import type { TaxonomyEntry } from "./types.js";

/** A group of people whose data is processed: fideslang's data subjects plus our own. */
export type DataSubject = TaxonomyEntry<DataSubjectId>;

const byId = lookupById(dataSubjects, "data subject");

/** The data subject with this id; throws on an unknown id. */
export function getDataSubject(id: DataSubjectId): DataSubject {
  return byId(id);
}
