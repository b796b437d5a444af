import type { RightId } from "../taxonomy/index.js";

/** Rights with a section of their own: objection (Art. 21(4) wants it apart), withdrawal, complaint. */
export const rightsWithOwnSection = ["A7-3", "A21", "A77"] as const satisfies readonly RightId[];

/** The rights the list under "Your rights" names; the others have sections of their own. */
export type ListedRight = Exclude<RightId, (typeof rightsWithOwnSection)[number]>;
