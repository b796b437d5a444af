import { locales, type Locale } from "../taxonomy/index.js";
import type { OptionsErrorClass } from "./options-error.js";

/** The table of contents a renderer adds: `true` for the defaults, or these settings. */
export interface TocOptions {
  /** How many levels of sections it lists: 1 for the top-level sections only. Default 2. */
  readonly depth?: number;
  /** Its heading. Default "Contents" (en) or "Inhalt" (de), by the document's language (see `defaultLabels`). */
  readonly title?: string;
}

/** A table of contents after validation: `null` for none. */
export type ResolvedToc = { readonly depth: number; readonly title: string | undefined } | null;

/**
 * The checks the renderers' options share, each throwing the renderer's own error (`ErrorClass`, a
 * subclass of `RenderOptionsError`) with a message that starts with the option's name. Options are
 * typed as unknown here: JavaScript callers and casts can pass anything.
 */
export function optionChecks(ErrorClass: OptionsErrorClass) {
  const error = (option: string, message: string) => new ErrorClass(option, message);
  const checks = {
    /** The options object itself (`undefined` is no options); unknown names are refused, so a typo does not go unnoticed. */
    options(value: unknown, known: readonly string[], prefix = ""): Record<string, unknown> {
      if (value === undefined) return {};
      const name = prefix === "" ? "options" : prefix.slice(0, -1);
      if (!isRecord(value)) throw error(name, `${name} must be an object, got ${describeValue(value)}`);
      for (const key of Object.keys(value)) {
        if (!known.includes(key)) {
          throw error(prefix + key, `${prefix}${key} is not an option; the options are ${known.map((option) => prefix + option).join(", ")}`);
        }
      }
      return value;
    },
    locale(value: unknown): Locale | undefined {
      if (value !== undefined && !(locales as readonly unknown[]).includes(value)) {
        throw error("locale", `locale must be one of ${locales.join(", ")}, got ${describeValue(value)}`);
      }
      return value as Locale | undefined;
    },
    boolean(name: string, value: unknown): boolean {
      if (typeof value !== "boolean") throw error(name, `${name} must be true or false, got ${describeValue(value)}`);
      return value;
    },
    integer(name: string, value: unknown, min: number, max: number): number {
      if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
        throw error(name, `${name} must be an integer from ${min} to ${max}, got ${describeValue(value)}`);
      }
      return value;
    },
    /** A text that must say something when given: absent is fine, blank is not. */
    title(name: string, value: unknown): string | undefined {
      if (value !== undefined && (typeof value !== "string" || value.trim() === "")) {
        throw error(name, `${name} must be a non-empty string, got ${describeValue(value)}`);
      }
      return value;
    },
    toc(value: unknown): ResolvedToc {
      if (value === false) return null;
      if (value === true) return { depth: defaultTocDepth, title: undefined };
      if (!isRecord(value)) throw error("toc", `toc must be true, false or { depth?, title? }, got ${describeValue(value)}`);
      const { depth = defaultTocDepth, title } = checks.options(value, ["depth", "title"], "toc.");
      return { depth: checks.integer("toc.depth", depth, 1, 6), title: checks.title("toc.title", title) };
    },
  };
  return checks;
}

const defaultTocDepth = 2;

/** A value as it appears in an error message: strings quoted, the rest as JavaScript would print it. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "an array";
  if (value === null || typeof value !== "object") return String(value);
  return "an object";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
