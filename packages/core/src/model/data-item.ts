import * as z from "zod";
import { DataCategoryIdSchema } from "./ids.js";
import { LocalizedTextSchema } from "./localized-text.js";

/**
 * How data reaches us, which is how a reader thinks about it: what you provide, what we receive
 * about you from others (Art. 14 GDPR), what is collected automatically, how you use the service
 * (and the metadata that leaves), and what you create.
 */
export const collectionModes = ["provided", "received", "automatic", "usage", "content"] as const;
export type CollectionMode = (typeof collectionModes)[number];

/**
 * One kind of personal data a service processes: a bare category id, or the id with the concrete
 * items in words ("MAC address, other device identifiers") and how it is collected.
 */
export const DataItemSchema = z
  .union([
    DataCategoryIdSchema,
    z.strictObject({
      category: DataCategoryIdSchema,
      details: LocalizedTextSchema.optional().meta({ description: "The concrete data, in words." }),
      collected: z.enum(collectionModes).optional().meta({
        description:
          "provided by the person, received from others (name the source), collected automatically, usage of the service and its metadata, or content the person creates; received when a source is given, else inferred from the category.",
      }),
      source: LocalizedTextSchema.optional().meta({
        description: 'Where data the person did not give us comes from (Art. 14(2)(f) GDPR), e.g. "the credit agency SCHUFA Holding AG".',
      }),
    }),
  ])
  .meta({ id: "DataItem", description: "A data category id, or { category, details, collected, source }." });

export type DataItemInput = z.input<typeof DataItemSchema>;
