import type { Locale } from "@policy/core";

/**
 * Core's languages, written out: importing core's list would load core (zod, the taxonomy) for
 * `policy --help`. The type makes this list exactly core's: a language added there is a type
 * error here until it is added.
 */
const present = { en: true, de: true, fr: true, it: true, es: true, nl: true, pl: true } as const satisfies Record<Locale, true>;

/** The languages the `--locale` options offer, in core's order. */
export const cliLocales = Object.keys(present) as Locale[];
