import * as z from "zod";
import { LocalizedTextSchema } from "./localized-text.js";
import { SlugSchema } from "./scalars.js";

/** Automated decision-making, including profiling (Art. 22 GDPR; Art. 13(2)(f)). */
export const AutomatedDecisionSchema = z
  .strictObject({
    id: SlugSchema,
    name: LocalizedTextSchema,
    profiling: z.boolean().default(false),
    logic: LocalizedTextSchema.meta({ description: "Meaningful information about the logic involved." }),
    significance: LocalizedTextSchema.meta({ description: "What the decision means for the person." }),
    consequences: LocalizedTextSchema.meta({ description: "The consequences the person can expect." }),
    exception: z.enum(["contract", "law", "explicit-consent"]).optional().meta({
      description: "Which exception of Art. 22(2) GDPR allows a decision with legal or similarly significant effect.",
    }),
  })
  .meta({ id: "AutomatedDecision", description: "A decision made by automated means, with its logic and effects." });

export type AutomatedDecision = z.output<typeof AutomatedDecisionSchema>;
