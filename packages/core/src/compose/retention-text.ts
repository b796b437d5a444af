import type { PhrasingContent } from "mdast";
import type { Retention } from "../model/retention.js";
import type { Context } from "./context.js";
import { inline } from "./inline.js";

/**
 * How long data is kept, in a sentence: a duration ("for 1 year"), an ending event ("until you
 * unsubscribe"), or both, which the model reads as "the duration, counted from the event" ("6
 * months after the appointment has taken place"); then the criteria in the policy's own words.
 */
export function retentionSentence(ctx: Context, retention: Retention | null): PhrasingContent[] {
  const { m } = ctx;
  if (retention === null) return inline(m.retentionNone);
  const { duration, until, criteria } = retention;
  const lead =
    duration !== undefined && until !== undefined
      ? m.retentionAfter(ctx.duration(duration), ctx.prose(until))
      : duration !== undefined
        ? m.retentionFor(ctx.duration(duration))
        : until !== undefined
          ? m.retentionUntil(ctx.prose(until))
          : [];
  if (criteria === undefined) return inline(lead);
  return lead.length === 0 ? inline(ctx.prose(criteria)) : inline(lead, " ", ctx.prose(criteria));
}

/** The short form for a table cell: "30 days", "until you unsubscribe", "6 months after ..."; criteria only where nothing else is given. */
export function retentionShort(ctx: Context, retention: Retention | null): PhrasingContent[] {
  const { m } = ctx;
  if (retention === null) return inline(m.retentionShortNone);
  const { duration, until, criteria } = retention;
  if (duration !== undefined && until !== undefined) return inline(m.retentionShortAfter(ctx.duration(duration), ctx.prose(until)));
  if (duration !== undefined) return inline(ctx.duration(duration));
  if (until !== undefined) return inline(m.retentionShortUntil(ctx.prose(until)));
  return criteria === undefined ? inline(m.retentionShortNone) : inline(ctx.prose(criteria));
}
