import type * as z from "zod";
import type { PathSegment } from "./path.js";

type AnySchema = z.core.$ZodType;

interface Def {
  readonly type: string;
  readonly innerType?: AnySchema;
  readonly shape?: Record<string, AnySchema>;
  readonly element?: AnySchema;
  readonly options?: readonly AnySchema[];
  readonly in?: AnySchema;
}

const defOf = (schema: AnySchema): Def => schema._zod.def as unknown as Def;

const wrappers = new Set(["optional", "default", "prefault", "nullable", "readonly", "catch", "nonoptional"]);

/** The schema behind optional(), default() and the like: what the value itself must be. */
export function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let def = defOf(current); wrappers.has(def.type) && def.innerType; def = defOf(current)) current = def.innerType;
  return current;
}

/** The keys an object schema allows, for "did you mean" on unknown fields. */
export function objectKeys(schema: AnySchema): readonly string[] {
  const shape = defOf(unwrap(schema)).shape;
  return shape ? Object.keys(shape) : [];
}

/**
 * The schema for the value at a path, following object keys and array items. Unions are
 * resolved by the value found there, since our unions differ in the type of value they take.
 */
export function schemaAt(root: AnySchema, rootValue: unknown, segments: readonly PathSegment[]): AnySchema | undefined {
  let schema: AnySchema | undefined = root;
  let value = rootValue;
  for (const segment of segments) {
    schema = step(pickOption(schema, value), segment);
    if (schema === undefined) return undefined;
    value = value !== null && typeof value === "object" ? (value as Record<PathSegment, unknown>)[segment] : undefined;
  }
  return schema === undefined ? undefined : pickOption(schema, value);
}

function step(schema: AnySchema, segment: PathSegment): AnySchema | undefined {
  const def = defOf(unwrap(schema));
  if (def.type === "object" && typeof segment === "string") return def.shape?.[segment];
  if (def.type === "array" && typeof segment === "number") return def.element;
  if (def.type === "pipe" && def.in) return step(def.in, segment);
  return undefined;
}

/** Of a union, the option meant for this kind of value (object, array or scalar). */
function pickOption(schema: AnySchema, value: unknown): AnySchema {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type !== "union" || !def.options) return inner;
  const kind = Array.isArray(value) ? "array" : value !== null && typeof value === "object" ? "object" : "scalar";
  const match = def.options.find((option) => {
    const type = defOf(unwrap(option)).type;
    // A union among the options (a name or a localized text, itself a string or { en, de }) fits
    // where one of its own options does.
    if (type === "union") return pickOption(option, value) !== unwrap(option);
    return kind === "scalar" ? type !== "object" && type !== "array" : type === kind;
  });
  return unwrap(match ?? inner);
}

/**
 * Visits every value of a parsed document together with the schema that describes it.
 * The visitor returns "skip" to not descend into a value.
 */
export function walkSchema(
  schema: AnySchema,
  value: unknown,
  visit: (schema: AnySchema, value: unknown, path: readonly PathSegment[]) => "skip" | undefined,
  path: readonly PathSegment[] = [],
): void {
  const inner = unwrap(schema);
  if (visit(inner, value, path) === "skip") return;
  const chosen = pickOption(inner, value);
  if (chosen !== inner) {
    walkSchema(chosen, value, visit, path);
    return;
  }
  const def = defOf(inner);
  if (def.type === "object" && def.shape && value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(def.shape)) {
      const childValue = (value as Record<string, unknown>)[key];
      if (childValue !== undefined) walkSchema(child, childValue, visit, [...path, key]);
    }
  } else if (def.type === "array" && def.element && Array.isArray(value)) {
    value.forEach((item, index) => {
      walkSchema(def.element!, item, visit, [...path, index]);
    });
  }
}
