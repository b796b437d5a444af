import type { PhrasingContent } from "mdast";
import type { Service } from "../model/resolved.js";
import type { Retention, RetentionException } from "../model/retention.js";
import { getDataCategory, getPurpose } from "../taxonomy/index.js";
import type { Context } from "./context.js";
import { inline, type Inline } from "./inline.js";
import { list, paragraph, strong, type Block } from "./nodes.js";

/**
 * How long data is kept, in a sentence: a duration ("for 1 year"), an ending event ("until you
 * unsubscribe"), or both, which the model reads as "the duration, counted from the event" ("6
 * months after the appointment has taken place"); then the criteria in the policy's own words.
 */
export function retentionSentence(ctx: Context, retention: Pick<Retention, "duration" | "until" | "criteria"> | null): PhrasingContent[] {
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

/**
 * The retention as blocks: the period, then each part of the data kept for a period of its own
 * ("Order history: We keep the data for 10 years. Tax law requires …").
 */
export function retentionBlocks(ctx: Context, retention: Retention | null): Block[] {
  const blocks: Block[] = [paragraph(retentionSentence(ctx, retention))];
  const exceptions = retention?.exceptions ?? [];
  if (exceptions.length > 0) {
    blocks.push(
      paragraph(ctx.m.retentionExceptionsIntro),
      list(exceptions.map((exception) => inline(strong(exceptionLabel(ctx, exception)), ": ", retentionSentence(ctx, exception)))),
    );
  }
  return blocks;
}

/** A service's retention as blocks; where only its provider keeps the data, that instead. */
export function serviceRetentionBlocks(ctx: Context, service: Service): Block[] {
  return service.keptBy === "provider" ? [paragraph(ctx.m.keptByProvider)] : retentionBlocks(ctx, service.retention);
}

/**
 * What a period of its own covers: its data categories and the purposes, by their labels; as a
 * label at the head of a list item, or (`inSentence`) inside a line ("1 year; financial information: 7 years").
 */
function exceptionLabel(ctx: Context, exception: RetentionException, inSentence = false): Inline {
  const labels = [...(exception.data ?? []).map((id) => getDataCategory(id)), ...(exception.purposes ?? []).map((id) => getPurpose(id))].map(
    (entry, index) => (index === 0 && !inSentence ? ctx.term(entry.label) : ctx.term(entry.inSentence)),
  );
  return ctx.list(labels);
}

/** The short form for a table cell: "30 days", "until you unsubscribe", "6 months after ..."; criteria only where nothing else is given; then each part kept for a period of its own. */
export function retentionShort(ctx: Context, retention: Retention | null): PhrasingContent[] {
  const { m } = ctx;
  if (retention === null) return inline(m.retentionShortNone);
  const exceptions = retention.exceptions ?? [];
  return inline(
    periodShort(ctx, retention),
    exceptions.map((exception) => ["; ", ...exceptionLabel(ctx, exception, true), ": ", ...periodShort(ctx, exception)]),
  );
}

function periodShort(ctx: Context, retention: Pick<Retention, "duration" | "until" | "criteria">): PhrasingContent[] {
  const { m } = ctx;
  const { duration, until, criteria } = retention;
  if (duration !== undefined && until !== undefined) return inline(m.retentionShortAfter(ctx.duration(duration), ctx.prose(until)));
  if (duration !== undefined) return inline(ctx.duration(duration));
  if (until !== undefined) return inline(m.retentionShortUntil(ctx.prose(until)));
  return criteria === undefined ? inline(m.retentionShortNone) : inline(ctx.prose(criteria));
}

/** A service's retention for a table cell; where only its provider keeps the data, that instead. */
export function serviceRetentionShort(ctx: Context, service: Service): PhrasingContent[] {
  return service.keptBy === "provider" ? inline(ctx.m.keptByProviderShort) : retentionShort(ctx, service.retention);
}
