import type { Policy } from "../model/resolved.js";

/** Shapes of the policy compose reads that the model does not name. */
export type RightsContact = NonNullable<Policy["rightsContact"]>;
export type JointController = Policy["jointControllers"][number];
export type PolicyChange = Policy["changes"][number];
export type Recipient = Policy["services"][number]["recipients"][number];
