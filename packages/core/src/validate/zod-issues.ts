import type * as z from "zod";
import { requiredRuleCodes } from "../check/rule-codes.js";
import { codePointOf, invisibleCharacterProblem } from "../model/scalars.js";
import { locales } from "../taxonomy/index.js";
import type { IssueCode, PolicyIssue } from "./issue.js";
import { valueAt, type PathSegment } from "./path.js";
import { objectKeys, schemaAt } from "./schema-walk.js";
import { meantId } from "./meant-id.js";
import { suggest } from "./suggest.js";
import { vocabularyOf } from "./vocabularies.js";

type ZodIssue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/** An issue before it is placed in a file: the path stays a list so the text can be searched. */
export interface LocatedIssue extends Omit<PolicyIssue, "path"> {
  readonly segments: readonly PathSegment[];
}

/** Turns zod's issues into ours: stable codes, plain words, a suggestion where one helps. */
export function fromZodIssues(issues: readonly ZodIssue[], input: unknown, schema: AnySchema): LocatedIssue[] {
  return issues.flatMap((issue) => convert(issue, input, schema));
}

function convert(issue: ZodIssue, input: unknown, schema: AnySchema): LocatedIssue[] {
  const segments = issue.path as PathSegment[];
  const value = valueAt(input, segments);
  const make = (code: IssueCode, message: string, suggestion?: string, at = segments): LocatedIssue => ({
    code,
    severity: "error",
    message,
    segments: at,
    ...(suggestion === undefined ? {} : { suggestion }),
  });

  // A required key that is absent. zod says so with invalid_type for plain types, but with
  // invalid_value for an enum (legalBasis, country) and invalid_union for a localized text,
  // which used to come out as "unknown legal basis nothing" (unknown-id) or "expected text
  // or a mapping, found nothing" (invalid-type). Whatever zod calls it, it is a missing field.
  const key = segments.at(-1);
  if (
    value === undefined &&
    typeof key === "string" &&
    (issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_union") &&
    isMissingKey(input, segments)
  ) {
    if (key === "legalBasis") return [make("missing-legal-basis", "this purpose has no legal basis (legalBasis)")];
    return [make("missing-field", `the required field "${key}" is missing`)];
  }

  switch (issue.code) {
    case "invalid_type": {
      if (value === undefined) return [make("invalid-type", "is missing")];
      // YAML reads 1.0, 10115 or true as numbers and booleans; quoting keeps them as text.
      const quote = issue.expected === "string" && (typeof value === "number" || typeof value === "boolean");
      const hint = quote ? "; put the value in quotes to keep it as written" : "";
      return [make("invalid-type", `expected ${article(issue.expected)}, found ${describe(value)}${hint}`)];
    }
    case "unrecognized_keys": {
      // Where the object's schema cannot be found, no suggestion beats one from the wrong object.
      const object = schemaAt(schema, input, segments);
      const allowed = object === undefined ? [] : objectKeys(object);
      return issue.keys.map((unknown) => {
        if (isRequiredRuleSetting(segments, unknown)) {
          const message = `${unknown} cannot be switched off or re-graded: the policy's text needs what the rule asks for`;
          return make("invalid-value", message, undefined, [...segments, unknown]);
        }
        // `{ de: Lebenslauf, Zeugnisse }`: in a flow mapping a comma ends the value, and what follows
        // reads as a key without a value. In a text in several languages that is almost always it.
        const splitText =
          allowed.length > 0 &&
          allowed.every((key) => (locales as readonly string[]).includes(key)) &&
          valueAt(input, [...segments, unknown]) === null;
        const message = splitText
          ? `unknown field "${unknown}": if it belongs to the text before it, put the text in quotes ("…, ${unknown}"): inside { … } a comma ends a value`
          : `unknown field "${unknown}"`;
        return make("unknown-field", message, splitText ? undefined : suggest(unknown, allowed), [...segments, unknown]);
      });
    }
    case "invalid_value": {
      const vocabulary = vocabularyOf(issue.values);
      const written = typeof value === "string" ? value : undefined;
      // Another way of writing the id (a citation, a label, a country's name) before a typo of it.
      const meant = written === undefined || vocabulary === undefined ? undefined : meantId(vocabulary, written);
      const suggestion = written === undefined ? undefined : (meant ?? suggest(written, issue.values.map(String)));
      if (vocabulary !== undefined) {
        const shown = written === undefined ? describe(value) : `"${truncate(written)}"`;
        return [make("unknown-id", `unknown ${vocabulary} ${shown}`, suggestion)];
      }
      const options = issue.values.map((option) => JSON.stringify(option)).join(", ");
      return [make("invalid-value", `expected one of ${options}, found ${describe(value)}`, suggestion)];
    }
    case "invalid_format":
      return [fromFormatIssue(issue, value, make)];
    case "too_small":
      return [make("empty", issue.origin === "array" ? "needs at least one entry" : "must not be empty")];
    case "too_big":
      return [make("invalid-value", issue.message)];
    case "invalid_union":
      return fromUnion(issue, input, schema, segments, value, make);
    case "custom": {
      const code = (issue.params as { policyCode?: IssueCode } | undefined)?.policyCode ?? "invalid-value";
      return [make(code, issue.message)];
    }
    default:
      return [make("invalid-value", issue.message)];
  }
}

function fromFormatIssue(
  issue: z.core.$ZodIssueInvalidStringFormat,
  value: unknown,
  make: (code: IssueCode, message: string) => LocatedIssue,
): LocatedIssue {
  const shown = typeof value === "string" ? `"${truncate(value)}"` : describe(value);
  // An e-mail address or phone number with a bidi control or zero-width space in it fails its
  // pattern, but "is not a valid e-mail address" would send the author looking for a typo they
  // cannot see.
  const invisible = typeof value === "string" ? invisibleCharacterProblem(value) : undefined;
  if (invisible !== undefined) return make(formatCodes[issue.format] ?? "invalid-format", `the value ${invisible}`);
  switch (issue.format) {
    case "url": {
      const scheme = typeof value === "string" ? /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1] : undefined;
      return scheme !== undefined && !/^https?$/i.test(scheme)
        ? make("invalid-url", `links may only use http or https, not "${scheme.toLowerCase()}:"`)
        : make("invalid-url", `${shown} is not a valid http(s) URL`);
    }
    case "email":
      return make("invalid-email", `${shown} is not a valid e-mail address`);
    case "date":
      return make("invalid-date", `${shown} is not a real date in the form YYYY-MM-DD`);
    default:
      return make("invalid-format", `${shown}: ${issue.message}`);
  }
}

const formatCodes: Readonly<Record<string, IssueCode>> = { url: "invalid-url", email: "invalid-email", date: "invalid-date" };

/**
 * A union failed: report the errors of the option meant for this kind of value (a string
 * for a plain text, an object for { en, de }), or, when no option takes it, the type.
 */
function fromUnion(
  issue: z.core.$ZodIssueInvalidUnion,
  input: unknown,
  schema: AnySchema,
  segments: readonly PathSegment[],
  value: unknown,
  make: (code: IssueCode, message: string) => LocatedIssue,
): LocatedIssue[] {
  const depth = segments.length;
  const takesType = (errors: readonly ZodIssue[]) => !errors.some((error) => error.path.length === 0 && error.code === "invalid_type");
  const branch = issue.errors.find(takesType);
  if (branch === undefined) {
    const expected = issue.errors.flatMap((errors) =>
      errors.filter((error) => error.code === "invalid_type").map((error) => article((error as z.core.$ZodIssueInvalidType).expected)),
    );
    return [make("invalid-type", `expected ${[...new Set(expected)].join(" or ")}, found ${describe(value)}`)];
  }
  // Errors inside a union carry paths relative to it.
  return branch
    .flatMap((error) => convert({ ...error, path: [...segments, ...error.path] } as ZodIssue, input, schema))
    .map((located) => (located.segments.length >= depth ? located : { ...located, segments }));
}

/** Whether the parent of the path is a mapping, so an undefined value there is a key left out. */
function isMissingKey(input: unknown, segments: readonly PathSegment[]): boolean {
  const parent = valueAt(input, segments.slice(0, -1));
  return parent !== null && typeof parent === "object" && !Array.isArray(parent);
}

function article(expected: string): string {
  const words: Record<string, string> = {
    string: "text",
    number: "a number",
    boolean: "true or false",
    object: "a mapping (key: value)",
    array: "a list",
  };
  return words[expected] ?? expected;
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null (an empty value)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the text "${truncate(value)}"`;
  return `${typeof value === "number" ? "the number" : typeof value} ${String(value)}`;
}

function truncate(text: string): string {
  // An invisible format character shown as itself would reorder or hide part of the message.
  const oneLine = text.replace(/\s+/g, " ").replace(/\p{Cf}/gu, (character) => `<${codePointOf(character)}>`);
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}

/** `check.rules` naming a rule every policy must meet: known, but not to be changed. */
function isRequiredRuleSetting(segments: readonly PathSegment[], key: string): boolean {
  return segments.length === 2 && segments[0] === "check" && segments[1] === "rules" && (requiredRuleCodes as readonly string[]).includes(key);
}
