import { authorityFor, confirmedAuthority, type AuthorityFacts } from "../compose/complaint.js";
import { createContext } from "../compose/context.js";
import { plain } from "../compose/inline.js";
import { hasConsent, hasObjection } from "../compose/legal.js";
import { listedRights } from "../compose/rights.js";
import { rightsWithOwnSection, type ListedRight } from "../compose/listed-right.js";
import { isUnconfirmedAuthorityFact } from "../authorities/supervisory-authority.js";
import type { DataProtectionLaw } from "../model/data-protection-law.js";
import type { Policy } from "../model/resolved.js";
import { getRight, rightIds, type Locale, type RightId } from "../taxonomy/index.js";

export type { AuthorityFacts } from "../compose/complaint.js";

/** A right the text gives, as its rights section words it. */
export interface RightFacts {
  readonly id: RightId;
  readonly name: string;
  /** The provision under the text's law: "Art. 15 GDPR", "Art. 15 UK GDPR". */
  readonly citation: string;
  /** What the right means, as the rights list or the right's own section says it; absent for objection, whose text depends on the services. */
  readonly text?: string;
}

/** The facts of a policy as a whole, in one language, as its text words them: for exports built beside the text. */
export interface PolicyFacts {
  /** The law the text is written under. */
  readonly law: DataProtectionLaw;
  /** The rights the text names, in the taxonomy's order: those its rights list gives, withdrawal and objection where they apply, and complaint. */
  readonly rights: readonly RightFacts[];
  /** The authority the complaint section names; undefined where it points to the list of all authorities instead. */
  readonly authority: AuthorityFacts | undefined;
  /** What the text says where the policy names no automated decisions. */
  readonly noAutomatedDecisions: string;
}

const ownSection = new Set<RightId>(rightsWithOwnSection);

/**
 * The policy-wide facts of the text in one language: the rights it names (under the law it
 * follows, with that law's citations) and the supervisory authority, with what the text says of
 * each, and what it says where there are no automated decisions.
 */
export function policyFacts(policy: Policy, locale: Locale): PolicyFacts {
  const ctx = createContext(policy, locale);
  // As the text names them: those its rights list gives, and the ones with sections of their own.
  const named = new Set<RightId>([
    ...listedRights(ctx).map((right) => right.id),
    ...(hasConsent(ctx.policy) ? (["A7-3"] as const) : []),
    ...(hasObjection(ctx.policy) ? (["A21"] as const) : []),
    "A77",
  ]);
  const rights = rightIds
    .filter((id) => named.has(id))
    .map((id): RightFacts => {
      const citation = ctx.cite(getRight(id));
      if (!ownSection.has(id)) {
        const right = ctx.m.rights[id as ListedRight];
        return { id, name: right.name, citation, text: plain(right.text) };
      }
      const name = ctx.term(getRight(id).label);
      const text = id === "A7-3" ? ctx.m.consentIntro : id === "A77" ? ctx.m.complaintIntro : undefined;
      return { id, name, citation, ...(text === undefined ? {} : { text: plain(text) }) };
    });
  return { law: ctx.law, rights, authority: complaintAuthority(policy, ctx), noAutomatedDecisions: plain(ctx.m.automatedNone) };
}

function complaintAuthority(policy: Policy, ctx: ReturnType<typeof createContext>): AuthorityFacts | undefined {
  const named = policy.supervisoryAuthority;
  if (named !== undefined) {
    const { name, address, email, phone, url } = named;
    return { name, address, ...definedOnly({ email, phone, url }) };
  }
  const competent = authorityFor(ctx);
  return typeof competent === "object" && !isUnconfirmedAuthorityFact(competent, "name") ? confirmedAuthority(competent, ctx.locale) : undefined;
}

function definedOnly(values: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
