import * as z from "zod";
import { DataCategoryIdSchema, PurposeIdSchema } from "./ids.js";
import { LocalizedTextSchema } from "./localized-text.js";
import { IsoDurationSchema } from "./scalars.js";

const periodFields = {
  duration: IsoDurationSchema.optional(),
  until: LocalizedTextSchema.optional().meta({ description: 'The event that ends storage, e.g. "the meeting ends".' }),
  criteria: LocalizedTextSchema.optional().meta({ description: "How the period is decided, in words." }),
};

const hasPeriod = (retention: { duration?: unknown; until?: unknown; criteria?: unknown }) =>
  retention.duration !== undefined || retention.until !== undefined || retention.criteria !== undefined;
const emptyPeriod = { message: "give at least one of duration, until or criteria", params: { policyCode: "empty-retention" } };

/**
 * A part of a service's data, or the data for some of its purposes, that is kept for a period of
 * its own: a shop keeps orders for ten years under tax law, but not the support chat.
 */
export const RetentionExceptionSchema = z
  .strictObject({
    data: z.array(DataCategoryIdSchema).min(1).optional().meta({ description: "The service's data categories this period applies to." }),
    purposes: z.array(PurposeIdSchema).min(1).optional().meta({ description: "The service's purposes whose data this period applies to." }),
    ...periodFields,
  })
  .refine(hasPeriod, emptyPeriod)
  .refine((exception) => exception.data !== undefined || exception.purposes !== undefined, {
    message: "say which data (data) or the data for which purposes (purposes) this period applies to",
  })
  .meta({ id: "RetentionException", description: "A period for some of the data, or for the data of some purposes." });

/**
 * How long data is kept (Art. 13(2)(a) GDPR): a fixed period, until an event, or the criteria
 * that decide it. They combine: "until the contract ends, then ten years (tax law)". Where part
 * of the data is kept for another period, `exceptions` says which and for how long; the period
 * above covers the rest.
 */
export const RetentionSchema = z
  .strictObject({
    ...periodFields,
    exceptions: z.array(RetentionExceptionSchema).min(1).optional().meta({
      description: "Parts of the data, or the data for some purposes, kept for another period than the rest.",
    }),
  })
  .refine(hasPeriod, emptyPeriod)
  .meta({ id: "Retention", description: "How long data is kept: a duration, an ending event, or criteria." });

export type Retention = z.output<typeof RetentionSchema>;
export type RetentionException = z.output<typeof RetentionExceptionSchema>;
