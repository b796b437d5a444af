import * as z from "zod";
import { LocalizedTextSchema } from "./localized-text.js";
import { isoDurationPattern } from "./scalars.js";

const sessionOrDuration = new RegExp(`^session$|^persistent$|${isoDurationPattern.source}`);

export const deviceAccessTechnologies = ["cookie", "local-storage", "session-storage", "indexed-db", "pixel", "sdk", "fingerprinting"] as const;

/**
 * The ePrivacy ground (Art. 5(3) ePrivacy Directive, § 25 TDDDG) is separate from the GDPR basis
 * for what happens with the data afterwards. `statistics` is the UK's exception for collecting
 * statistics about the use of a service to improve it (PECR, Schedule A1, as the ICO names it
 * beside the others); the EU's rules have none, and Switzerland's Art. 45c FMG treats it as any
 * other use (information and a right to refuse).
 */
export const ePrivacyGrounds = ["consent", "strictly-necessary", "transmission", "statistics"] as const;

/** Storing or reading information on a visitor's device: cookies, storage, pixels, SDKs. */
export const DeviceAccessSchema = z
  .strictObject({
    name: z.string().min(1).meta({ description: 'The cookie or storage key, e.g. "_ga" or "_ga_*".' }),
    technology: z.enum(deviceAccessTechnologies).default("cookie"),
    provider: z.string().min(1).optional().meta({ description: "Who sets or reads it, where not the service's provider." }),
    domain: z.string().min(1).optional(),
    purpose: LocalizedTextSchema,
    duration: z.string().regex(sessionOrDuration, 'write "session", "persistent" or an ISO 8601 duration such as P1Y or P30D').meta({
      description:
        '"session"; "persistent" for storage with no expiry, kept until the visitor deletes it (local storage); or how long it lives as an ISO 8601 duration (P2Y).',
    }),
    party: z.enum(["first", "third"]).meta({
      description: "Stored under our own site's domain (first), also when another provider's script sets it, or under another domain (third).",
    }),
    ground: z.enum(ePrivacyGrounds).meta({
      description:
        "consent, strictly-necessary for a service the visitor asked for, transmission of a communication, or statistics (only under the UK's PECR: statistics on the use of the service, to improve it, which people can object to).",
    }),
  })
  .meta({ id: "DeviceAccess", description: "A cookie or similar technology that stores or reads data on a device." });

export type DeviceAccess = z.output<typeof DeviceAccessSchema>;
export type DeviceAccessInput = z.input<typeof DeviceAccessSchema>;
