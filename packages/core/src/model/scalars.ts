import * as z from "zod";

/** Our own identifiers (service ids, processor ids): lower-case words joined by hyphens. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, like "google-analytics"')
  .meta({ description: "An identifier of lower-case letters, digits and hyphens." });

/**
 * Links end up in rendered HTML, so only the schemes that cannot run code are allowed.
 * zod's `protocol` check applies to the scheme without its colon.
 */
export const HttpUrlSchema = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain })
  .meta({ description: "An http or https URL.", format: "uri" });

/**
 * zod's e-mail pattern, but no label of the domain may end in a hyphen (`a@b-.example`): no host
 * name can, and CommonMark, whose e-mail autolinks follow the HTML5 rule, would not read it as an
 * address.
 */
const emailPattern = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

export const EmailSchema = z.email({ pattern: emailPattern }).meta({ description: "An e-mail address." });

/** Phone numbers stay as written; we only insist that they look like one. */
export const PhoneSchema = z
  .string()
  .regex(/^\+?[0-9][0-9 ()./-]{3,30}$/, "write a phone number with digits, spaces and + ( ) / . - only")
  .meta({ description: "A phone number, ideally in international form (+49 30 1234567)." });

/** A calendar date. zod's check knows month lengths and leap years, so 2025-02-29 fails. */
export const IsoDateSchema = z.iso.date().meta({ description: "A date as YYYY-MM-DD." });

export const isoDurationPattern = /^P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$/;

export const IsoDurationSchema = z
  .string()
  .regex(isoDurationPattern, "write an ISO 8601 duration such as P30D, P6M, P2Y or PT24H")
  .meta({ description: "An ISO 8601 duration, e.g. P30D (30 days), P6M, P10Y, PT1H." });
