import { chooseText, postalAddressLines, type Locale, type Policy, type PolicyDocument, type PolicySection } from "@policy/core";
import { serviceFacts, type ServiceFacts } from "@policy/core/render";
import { form, list, paragraph } from "./nodes.js";
import { transferLines } from "./transfer-lines.js";
import { recordMessages, type RecordMessages } from "./record-messages.js";

export interface RecordOptions {
  /** The record's language: "en" or "de". */
  readonly locale: Locale;
}

/**
 * The record of processing activities of Art. 30(1) GDPR, as a document the Markdown and HTML
 * renderers take like a policy: the controller (with its representative, joint controllers and
 * data protection officer, (a)), then a form per processing activity, one per service: purposes
 * with their legal basis (b), data subjects and data (c), recipients (d), transfers with their
 * safeguards (e), time limits for erasure (f) and its security measures (g); then the measures
 * that apply to all. Every fact is the policy's, in the words of its text.
 */
export function recordOfProcessing(policy: Policy, { locale }: RecordOptions): PolicyDocument {
  const m = recordMessages[locale];
  const local = (value: Parameters<typeof chooseText>[0]) => chooseText(value, locale, policy.locales[0] ?? "en").value;
  const general = policy.securityMeasures.map(local);
  return {
    meta: {
      title: m.title,
      language: locale,
      version: policy.meta.version,
      effective: policy.meta.effective,
      updated: policy.meta.updated,
      controller: policy.controller.name,
    },
    sections: [
      section("overview", "overview", m.about, [paragraph(m.intro)]),
      section("controller", "controller", m.controller, [controllerForm(policy, m, locale)]),
      ...serviceFacts(policy, locale).map((facts, index) => {
        const measures = (policy.services[index]?.securityMeasures ?? []).map(local);
        return {
          ...section("service", `service-${facts.id}`, facts.name, [activityForm(facts, measures, general.length > 0, m)]),
          serviceId: facts.id,
        };
      }),
      section("summary", "security-measures", m.measuresTitle, [
        paragraph(general.length === 0 ? m.noMeasures : m.measuresIntro),
        ...(general.length === 0 ? [] : [list(general)]),
      ]),
    ],
  };
}

function section(kind: PolicySection["kind"], id: string, title: string, content: PolicySection["content"]): PolicySection {
  return { id, kind, title, content, sections: [] };
}

function controllerForm(policy: Policy, m: RecordMessages, locale: Locale) {
  const party = (p: Policy["controller"]) => [
    p.name,
    ...postalAddressLines(p.address, locale),
    ...(p.email === undefined ? [] : [p.email]),
    ...(p.phone === undefined ? [] : [p.phone]),
  ];
  const f = m.controllerFields;
  return form(
    m.controller,
    [m.controller, ""],
    [
      [f.controller, party(policy.controller)],
      [f.representative, policy.representative === undefined ? [f.notNamed] : party(policy.representative)],
      [f.jointControllers, policy.jointControllers.length === 0 ? [f.none] : policy.jointControllers.map((joint) => joint.party.name)],
      [f.dpo, policy.dpo === undefined ? [f.notNamed] : [policy.dpo.name ?? "", policy.dpo.email].filter((line) => line !== "")],
    ],
  );
}

function activityForm(facts: ServiceFacts, measures: readonly string[], hasGeneral: boolean, m: RecordMessages) {
  const f = m.fields;
  return form(
    facts.name,
    [m.activity, facts.name],
    [
      [f.purposes, facts.purposes.map((p) => `${p.purpose}: ${p.legalBasis}`)],
      [f.subjects, facts.subjects],
      [f.data, facts.data],
      [f.recipients, facts.recipients.length === 0 ? [m.controllerFields.none] : facts.recipients],
      [f.transfers, transferLines(facts, m)],
      [f.erasure, [facts.retention]],
      [f.measures, [...measures, ...(hasGeneral ? [m.seeGeneral] : measures.length === 0 ? [m.noMeasures] : [])]],
    ],
  );
}
