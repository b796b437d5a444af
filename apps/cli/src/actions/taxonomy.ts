import {
  countryCodes,
  countryName,
  dataCategories,
  dataSubjects,
  legalBases,
  purposes,
  specialCategoryConditions,
  suggest,
  transferGrounds,
  type Translated,
} from "@policy/core";
import { taxonomyKinds, type TaxonomyKind } from "../taxonomy-kinds.js";
import type { Context } from "../context.js";
import { ExitCode } from "../exit-code.js";
import { terminalSafe } from "../terminal-text.js";
import { formatTable } from "../text-table.js";
import { terminalWidth } from "./catalog-options.js";
import { UserError } from "../user-error.js";

interface Term {
  readonly id: string;
  readonly en: string;
  readonly de: string;
}

const labelled = (entries: readonly { readonly id: string; readonly label: Translated }[]): Term[] =>
  entries.map(({ id, label }) => ({ id, en: label.en, de: label.de }));

const termsOf: Readonly<Record<TaxonomyKind, () => Term[]>> = {
  data: () => labelled(dataCategories.filter((entry) => entry.deprecated === undefined)),
  purposes: () => labelled(purposes.filter((entry) => entry.deprecated === undefined)),
  subjects: () => labelled(dataSubjects.filter((entry) => entry.deprecated === undefined)),
  bases: () => labelled(legalBases),
  conditions: () => labelled(specialCategoryConditions),
  grounds: () => labelled(transferGrounds),
  countries: () => countryCodes.map((code) => ({ id: code, en: countryName(code, "en"), de: countryName(code, "de") })),
};

/**
 * Lists a vocabulary's ids with their labels, those matching every search word where there are
 * some (in the id or either label, ignoring case); without a kind, the kinds and their sizes.
 */
export async function listTaxonomy(
  kind: string | undefined,
  search: readonly string[],
  options: { json?: boolean },
  context: Context,
): Promise<ExitCode> {
  const { io, colors } = context;
  if (kind === undefined) {
    const rows = taxonomyKinds.map((name) => [name, String(termsOf[name]().length)]);
    io.stdout.write(formatTable([{ header: "kind" }, { header: "ids" }], rows, { header: colors.out.bold }));
    return ExitCode.ok;
  }
  if (!(taxonomyKinds as readonly string[]).includes(kind)) {
    const meant = suggest(kind, taxonomyKinds);
    throw new UserError(
      `no kind of id is called "${terminalSafe(kind)}"${meant === undefined ? "" : `; did you mean "${meant}"?`} The kinds are ${taxonomyKinds.join(", ")}.`,
    );
  }
  const words = search.map((word) => word.toLowerCase());
  const terms = termsOf[kind as TaxonomyKind]().filter((term) =>
    words.every((word) => [term.id, term.en, term.de].some((text) => text.toLowerCase().includes(word))),
  );
  if (options.json === true) {
    io.stdout.write(`${JSON.stringify(terms, null, 2)}\n`);
    return ExitCode.ok;
  }
  if (terms.length === 0) {
    io.stdout.write(`No ${kind} match ${search.map((word) => `"${terminalSafe(word)}"`).join(" ")}.\n`);
    return ExitCode.failed;
  }
  const rows = terms.map((term) => [term.id, terminalSafe(term.en), terminalSafe(term.de)]);
  io.stdout.write(
    formatTable([{ header: "id" }, { header: "English", shrink: true }, { header: "Deutsch", shrink: true }], rows, {
      header: colors.out.bold,
      maxWidth: terminalWidth(io.stdout),
    }),
  );
  return ExitCode.ok;
}
