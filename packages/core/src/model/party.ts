import * as z from "zod";
import { germanLands } from "../authorities/german-land.js";
import { CountryCodeSchema } from "./ids.js";
import { EmailSchema, HttpUrlSchema, PhoneSchema } from "./scalars.js";

export const AddressSchema = z
  .strictObject({
    street: z.string().min(1).meta({ description: "Street and number, or a post-office box." }),
    postalCode: z.string().min(1).optional(),
    city: z.string().min(1),
    region: z.string().min(1).optional().meta({ description: "State, county or province, where addresses use one." }),
    country: CountryCodeSchema,
    land: z.enum(germanLands).optional().meta({
      description:
        "For an address in Germany, its Land (BW, BY, BE, ...), which decides the controller's supervisory authority; needed where postal code and city do not tell it.",
    }),
  })
  .refine((address) => address.land === undefined || address.country === "DE", {
    message: "land is for an address in Germany (country: DE)",
    path: ["land"],
  })
  .meta({ id: "Address", description: "A postal address." });

export type Address = z.output<typeof AddressSchema>;

/** The German article a name takes in running text: "die Muster GmbH", "der Muster e.V.", or none ("Maria Huber"). */
export const GermanArticleSchema = z.enum(["der", "die", "das", "none"]);

export type GermanArticle = z.output<typeof GermanArticleSchema>;

/** A legal or natural person the policy names: the controller, a provider, an authority. */
export const PartySchema = z
  .strictObject({
    name: z.string().min(1).meta({ description: 'The full legal name, e.g. "Zoom Communications, Inc.".' }),
    article: GermanArticleSchema.optional().meta({
      description:
        'The German article the name takes in running text ("wie die Muster GmbH …"). By default it follows the legal form at the end of the name: "die" for GmbH, AG, Inc., LLC, Ltd and the like, "der" for e.V., none otherwise. Set "none" for a name that takes no article.',
    }),
    address: AddressSchema,
    email: EmailSchema.optional(),
    phone: PhoneSchema.optional(),
    url: HttpUrlSchema.optional(),
  })
  .meta({ id: "Party", description: "A company, authority or person with a postal address." });

export type Party = z.output<typeof PartySchema>;

/** The data protection officer: an address is optional, a way to reach them is not. */
export const DataProtectionOfficerSchema = z
  .strictObject({
    name: z.string().min(1).optional(),
    email: EmailSchema,
    phone: PhoneSchema.optional(),
    address: AddressSchema.optional(),
  })
  .meta({ id: "DataProtectionOfficer", description: "How to reach the data protection officer (Art. 37-39 GDPR)." });

export type DataProtectionOfficer = z.output<typeof DataProtectionOfficerSchema>;
