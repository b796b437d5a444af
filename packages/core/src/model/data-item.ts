import * as z from "zod";
import { DataCategoryIdSchema } from "./ids.js";
import { LocalizedTextSchema } from "./localized-text.js";

/**
 * How data reaches us, which is how a reader thinks about it: what you provide, what is collected
 * automatically, how you use the service (and the metadata that leaves), and what you create.
 */
export const collectionModes = ["provided", "automatic", "usage", "content"] as const;
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
          "provided by the person, collected automatically, usage of the service and its metadata, or content the person creates; inferred from the category when absent.",
      }),
    }),
  ])
  .meta({ id: "DataItem", description: "A data category id, or { category, details, collected }." });

export type DataItemInput = z.input<typeof DataItemSchema>;
