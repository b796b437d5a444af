import { collectionModes } from "../model/data-item.js";
import type { DataItem, DataSource, Service } from "../model/resolved.js";
import type { Provision } from "../model/service.js";
import { getDataCategory, getDataSubject, isSpecialCategory } from "../taxonomy/index.js";
import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import { inline, plain, type Inline } from "./inline.js";
import { list, paragraph, strong, type Block } from "./nodes.js";
import { section } from "./section.js";

/**
 * What data does <service> process? The data grouped by how it reaches us (what you provide, what
 * is collected automatically, usage and metadata, content), whose data it is, where it comes from
 * when not from you (Art. 14(2)(f) GDPR), and whether you must provide it (Art. 13(2)(e)).
 */
export function serviceDataSection(ctx: Context, service: Service): PolicySection {
  const { m } = ctx;
  const content: Block[] = [paragraph(m.dataIntro)];
  for (const mode of collectionModes) {
    const items = service.data.filter((item) => item.collected === mode);
    if (items.length === 0) continue;
    content.push(paragraph(strong(m.dataGroups[mode])), list(items.map((item) => dataItem(ctx, item))));
    // Data received from others says where it came from (Art. 14(2)(f) GDPR), item by item or for the service.
    if (mode === "received" && items.some((item) => item.source === undefined)) {
      const named = service.sources.filter((source) => source.from !== "data-subject");
      // A named source by its name; an unnamed one as the kind of source it is ("from third parties").
      const sources = named.map((source) => (source.name === undefined ? sourceItem(ctx, source) : [ctx.text(source.name)]));
      if (named.length > 0) content.push(paragraph(m.receivedFrom(ctx.list(sources))));
    }
  }
  const subjects = service.subjects.map((subject) => ctx.term(getDataSubject(subject).inSentence));
  if (subjects.length > 0) content.push(paragraph(m.dataSubjects(ctx.list(subjects))));

  // Where the data comes from, when some comes from others and the received data above does not say it already.
  const received = service.data.filter((item) => item.collected === "received");
  const saidAbove = received.length > 0;
  if (!saidAbove && service.sources.some((source) => source.from !== "data-subject")) {
    content.push(paragraph(m.sourcesIntro), list(service.sources.map((source) => sourceItem(ctx, source))));
  }
  if (service.provision !== undefined) content.push(paragraph(strong(m.provisionTitle), " ", provisionAnswer(ctx, service.provision)));
  return section("service-data", { serviceId: service.id, title: ctx.serviceTitle(service, "data"), content });
}

/** Whether people must provide the data (Art. 13(2)(e)), then what happens without it: the policy's own words, else ours for every requirement but "voluntary". */
export function provisionAnswer(ctx: Context, { requirement, consequences }: Provision): Inline {
  const without = consequences !== undefined ? ctx.prose(consequences) : requirement === "voluntary" ? [] : ctx.m.provisionWithout[requirement];
  return inline(ctx.m.provision[requirement], without.length === 0 ? [] : [" ", ...without]);
}

function dataItem(ctx: Context, item: DataItem): Inline {
  const { m } = ctx;
  return inline(
    ctx.term(getDataCategory(item.category).label),
    item.details === undefined ? [] : details(ctx.prose(item.details)),
    item.source === undefined ? [] : [" – ", ...m.dataSource(ctx.text(item.source))],
    isSpecialCategory(item.category) ? [" – ", ...m.specialCategory] : [],
  );
}

/** Where data comes from, as the text lists it: "From third parties: the credit agency". */
export function sourceItem(ctx: Context, source: DataSource): Inline {
  const { m } = ctx;
  const name = source.name === undefined ? undefined : ctx.text(source.name);
  switch (source.from) {
    case "data-subject":
      return m.sourceDataSubject;
    case "third-party":
      return name === undefined ? m.sourceThirdParty : inline(m.sourceThirdParty, ": ", name);
    case "public":
      return name === undefined ? m.sourcePublic : inline(m.sourcePublic, ": ", name);
  }
}

/** The concrete data after its category, in brackets; after a colon where it has brackets of its own, which would stack. */
function details(run: Inline): Inline {
  return plain(run).includes("(") ? inline(": ", run) : inline(" (", run, ")");
}
