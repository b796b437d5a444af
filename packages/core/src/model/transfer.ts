import * as z from "zod";
import { CountryCodeSchema, TransferGroundIdSchema } from "./ids.js";
import { LocalizedTextSchema } from "./localized-text.js";
import { HttpUrlSchema, IsoDateSchema } from "./scalars.js";

/** A transfer of personal data to a country outside the EU/EEA (Art. 44-49 GDPR). */
export const TransferSchema = z
  .strictObject({
    country: CountryCodeSchema,
    recipient: z.string().min(1).optional().meta({ description: "Who receives the data there, if not the service's provider." }),
    mechanism: TransferGroundIdSchema,
    safeguards: HttpUrlSchema.optional().meta({ description: "Where a copy of the safeguards (e.g. the SCCs) can be read." }),
    note: LocalizedTextSchema.optional().meta({ description: "Supplementary measures or other details." }),
    checked: IsoDateSchema.optional().meta({
      description: "When the mechanism was last confirmed, e.g. the provider's entry on the Data Privacy Framework list.",
    }),
  })
  .meta({ id: "Transfer", description: "A transfer to a third country and the ground it rests on." });

export type Transfer = z.output<typeof TransferSchema>;
