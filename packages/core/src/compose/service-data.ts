import { collectionModes } from "../model/data-item.js";
import type { DataItem, DataSource, Service } from "../model/resolved.js";
import { getDataCategory, getDataSubject, isSpecialCategory } from "../taxonomy/index.js";
import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import { inline, type Inline } from "./inline.js";
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
  }
  const subjects = service.subjects.map((subject) => getDataSubject(subject).label[ctx.locale]);
  if (subjects.length > 0) content.push(paragraph(m.dataSubjects(ctx.list(subjects.map((label) => m.midSentence(label))))));

  if (service.sources.some((source) => source.from !== "data-subject")) {
    content.push(paragraph(m.sourcesIntro), list(service.sources.map((source) => sourceItem(ctx, source))));
  }
  if (service.provision !== undefined) {
    const { requirement, consequences } = service.provision;
    const without =
      consequences !== undefined
        ? [ctx.text(consequences)]
        : requirement === "contractual" || requirement === "precontractual"
          ? m.provisionWithout[requirement]
          : [];
    content.push(paragraph(strong(m.provisionTitle), " ", m.provision[requirement], without.length === 0 ? [] : [" ", ...without]));
  }
  return section("service-data", { serviceId: service.id, title: ctx.serviceTitle(service, "data"), content });
}

function dataItem(ctx: Context, item: DataItem): Inline {
  const { m } = ctx;
  return inline(
    getDataCategory(item.category).label[ctx.locale],
    item.details === undefined ? [] : [" (", ctx.text(item.details), ")"],
    isSpecialCategory(item.category) ? [" – ", ...m.specialCategory] : [],
  );
}

function sourceItem(ctx: Context, source: DataSource): Inline {
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
