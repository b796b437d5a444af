// The checked scalars of a policy (core's model/scalars.ts): ids, e-mail addresses, URLs, phone
// numbers, dates and durations. Valid by construction, but as awkward as the schema allows: an
// apostrophe or a plus in an e-mail address, parentheses, quotes and brackets in a URL's path.

import fc from "fast-check";
import { countryCodes, type CountryCode } from "@policy/core";
import { once } from "./memo.js";

/** A slug: lower-case words of letters and digits joined by single hyphens ("google-analytics"). */
export const slug: () => fc.Arbitrary<string> = once(() => {
  const word = fc.stringMatching(/^[a-z0-9]{1,8}$/);
  return fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join("-"));
});

export const email: () => fc.Arbitrary<string> = once(() => {
  const local = fc.stringMatching(/^[a-z0-9][a-z0-9_'+.-]{0,10}[a-z0-9_+-]$/).filter((value) => !value.includes(".."));
  // A label of the domain neither starts nor ends with a hyphen: core refuses `a@b-.example`
  // (found by this test: Markdown showed such an address as text, not as a link).
  const host = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,9}[a-z0-9])?$/);
  const tld = fc.constantFrom("example", "de", "com", "org");
  return fc.tuple(local, fc.array(host, { minLength: 1, maxLength: 2 }), tld).map(([user, hosts, top]) => `${user}@${hosts.join(".")}.${top}`);
});

/**
 * Characters a URL's path, query or fragment may carry that Markdown or HTML would notice. A "%"
 * only starts an escape: a stray one is a valid URL too, but commonmark.js writes it as "%25" and
 * checkAgainstDocument's URL comparison (decodeURI) cannot read it, so the check would report a
 * difference that is none.
 */
const urlChar = fc.constantFrom(..."abcxyz019-._~!$&'()*+,;=:@/_[]<>\"|`{}^\\", "ä", "😀", "%20", "%00", "%25", "%3Cscript%3E");

export const httpUrl: () => fc.Arbitrary<string> = once(() => {
  // "xn--" starts a punycode label, which the URL parser decodes and may refuse ("xn--8").
  const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/).filter((value) => !value.startsWith("xn--"));
  const host = fc
    .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom("example", "de", "com"))
    .map(([labels, tld]) => `${labels.join(".")}.${tld}`);
  const part = fc.string({ unit: urlChar, maxLength: 16 });
  return fc
    .tuple(
      fc.constantFrom("https", "http", "HTTPS"),
      host,
      fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
      part,
      fc.option(part, { nil: undefined }),
      fc.option(part, { nil: undefined }),
    )
    .map(
      ([scheme, hostname, port, path, query, hash]) =>
        `${scheme}://${hostname}${port === undefined ? "" : `:${port}`}/${path}${query === undefined ? "" : `?${query}`}${hash === undefined ? "" : `#${hash}`}`,
    );
});

export const phone: () => fc.Arbitrary<string> = once(() => {
  return fc.stringMatching(/^\+?[0-9][0-9 ()./-]{3,30}$/);
});

/** A real calendar date as YYYY-MM-DD. */
export const isoDate: () => fc.Arbitrary<string> = once(() => {
  return fc
    .date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));
});

/** An ISO 8601 duration as the schema takes it: P30D, P1Y6M, PT24H, P0D, or absurdly long ones. */
export const isoDuration: () => fc.Arbitrary<string> = once(() => {
  const amount = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 400 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 2 ** 40 }) });
  const part = (unit: string) =>
    fc.option(
      amount.map((n) => `${n}${unit}`),
      { nil: "" },
    );
  return fc.tuple(part("Y"), part("M"), part("W"), part("D"), part("H"), part("M"), part("S")).map(([y, mo, w, d, h, mi, s]) => {
    const time = `${h}${mi}${s}`;
    const date = `${y}${mo}${w}${d}`;
    if (date === "" && time === "") return "P30D";
    return `P${date}${time === "" ? "" : `T${time}`}`;
  });
});

export const countryCode: () => fc.Arbitrary<CountryCode> = once(() => {
  return fc.constantFrom(...countryCodes);
});
