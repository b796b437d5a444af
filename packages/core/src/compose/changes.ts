import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import { inline } from "./inline.js";
import { list, paragraph, type Block } from "./nodes.js";
import { section } from "./section.js";

/**
 * Changes to this policy: that new purposes are announced before they apply (Art. 13(3) GDPR),
 * this version and its dates, and the history the policy records.
 */
export function changesSection(ctx: Context): PolicySection {
  const { m, policy } = ctx;
  const { meta } = policy;
  const content: Block[] = [
    paragraph(m.changesIntro),
    paragraph(
      m.changesVersion(meta.version, ctx.date(meta.effective)),
      meta.updated === meta.effective ? [] : [" ", ...m.changesUpdated(ctx.date(meta.updated))],
    ),
  ];
  if (policy.changes.length > 0) {
    content.push(
      paragraph(m.changesHistory),
      list(policy.changes.map((change) => inline(`${m.changeDate(ctx.date(change.date))}: `, ctx.prose(change.summary)))),
    );
  }
  return section("changes", { title: m.titles.changes, content });
}
