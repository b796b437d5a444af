import * as z from "zod";

/** Our own identifiers (service ids, processor ids): lower-case words joined by hyphens. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, like "google-analytics"')
  .meta({ description: "An identifier of lower-case letters, digits and hyphens." });

/**
 * Invisible format characters (Unicode category Cf): the bidi controls (U+202A–202E, U+2066–2069),
 * zero-width spaces and joiners (U+200B–200D), the byte-order mark and the like. Nobody types them
 * on purpose, and they make what a reader sees differ from what is there: U+202E shows the rest
 * of a link backwards, U+200B vanishes from a host name when the link is followed.
 */
const formatCharacter = /\p{Cf}/u;

/**
 * What to tell the author about the first invisible format character in a value, or undefined.
 * The character is named by its code point and position, since it cannot be seen; the value is not
 * quoted, so the message itself does not reorder the line it is printed on.
 */
export function invisibleCharacterProblem(value: string): string | undefined {
  let position = 0;
  for (const character of value) {
    position += 1;
    if (formatCharacter.test(character)) {
      return (
        `contains an invisible formatting character (${codePointOf(character)}) at character ${position}, which can make the text look ` +
        "different from what it is: delete it (retype the value if you cannot find it)"
      );
    }
  }
  return undefined;
}

/** A character as Unicode names it: "U+202E". */
export function codePointOf(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * What JSON Schema validators can check of an http(s) URL, for editors: the scheme (in any case),
 * a host with no user name or password before it, no control characters, no spaces at either end,
 * and no format characters. JSON Schema patterns cannot count on Unicode property escapes, so the
 * format characters of the Basic Multilingual Plane are written out (a test compares them with
 * \p{Cf}); the few beyond it (U+110BD, U+E0001 ...) are refused by the validator only.
 */
const formatCharactersBmp =
  "\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF\\uFFF9-\\uFFFB";
const notInUrl = `\\u0000-\\u001F\\u007F-\\u009F${formatCharactersBmp}`;
const host = `[^${notInUrl}\\s/?#\\\\@]+`;
const rest = `[/?#\\\\](?:[^${notInUrl}]*[^${notInUrl}\\s])?`;
export const httpUrlPattern = `^[Hh][Tt][Tt][Pp][Ss]?://${host}(?:${rest})?$`;

/**
 * Links end up in rendered HTML, so only http(s), which cannot run code. Each is checked as written
 * and then stored as the URL parser writes it (see normalizeHttpUrl), so the Policy holds one form
 * and every renderer links exactly what a browser would follow.
 */
export const HttpUrlSchema = z
  .string()
  .check((payload) => {
    const problem = httpUrlProblem(payload.value);
    if (problem !== undefined) payload.issues.push({ code: "custom", message: problem, input: payload.value, params: { policyCode: "invalid-url" } });
  })
  .transform(normalizeHttpUrl)
  .meta({ id: "HttpUrl", description: "An http or https URL.", format: "uri", pattern: httpUrlPattern });

/** The first thing wrong with a link, in words that say what to write instead; undefined for a good one. */
function httpUrlProblem(value: string): string | undefined {
  const invisible = invisibleCharacterProblem(value);
  if (invisible !== undefined) return `the link ${invisible}`;
  // The URL parser would silently drop tabs and line breaks, even inside the host name.
  if (/\p{Cc}/u.test(value)) return "the link contains a line break, tab or other control character: write it on one line";
  if (value.trim() !== value) return "remove the spaces before or after the link";
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
  if (scheme !== undefined && !/^https?$/i.test(scheme)) return `links may only use http or https, not "${scheme.toLowerCase()}:"`;
  const url = /^https?:\/\//i.test(value) ? parseUrl(value) : undefined;
  if (url === undefined || !z.regexes.domain.test(url.hostname)) {
    return `"${shorten(value)}" is not a valid http(s) URL: write the whole address, like https://example.com/privacy`;
  }
  if (hasUserInfo(value)) {
    return (
      `links must not contain a user name or password before "@": readers take that part for the address, but this link leads to ` +
      `${url.hostname}. Write the address of the page you mean, with nothing between "${url.protocol}//" and its host name`
    );
  }
  return undefined;
}

/**
 * Whether an http(s) URL has a user name or password (`https://user:password@host`):
 * `https://www.datenschutz-berlin.de@evil.example/` leads to evil.example, though readers take the
 * user name for the site. The text is searched, not the parsed URL, because that is what readers
 * see, and the parser finds the same: it skips any slashes and backslashes after the scheme and
 * ends the host at the first `/`, `\`, `?` or `#`.
 */
export function hasUserInfo(url: string): boolean {
  return /^https?:[/\\]*[^/?#\\]*@/i.test(url);
}

/**
 * The link as the URL parser writes it (`new URL(url).href`): scheme and host in lower case, the
 * host in punycode, spaces, quotes and angle brackets percent-encoded, a bare host ending in "/".
 * What the parser leaves in a query or fragment that RFC 3986 does not allow in a URI (a backslash,
 * `^`, a backtick, `{`, `|`, `}`) is percent-encoded too, so no renderer has to think about quoting it.
 * Runs only on links httpUrlProblem accepted, which the parser reads.
 */
function normalizeHttpUrl(url: string): string {
  return new URL(url).href.replace(/[\\^`{|}]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

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
