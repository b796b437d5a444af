import { catalogCoverage } from "@policy/catalog";
import { localeCoverage, percentOf, type Locale, type TextCoverage } from "@policy/core";
import type { Context } from "../context.js";
import { cliLocales } from "../locales.js";
import { formatTable } from "../text-table.js";

const partNames = ["messages", "taxonomy", "viewer", "catalog"] as const;
type PartName = (typeof partNames)[number];

/** Each part of the text in one language: what it has, and where it lacks. */
function partsOf(locale: Locale, viewerCoverage: ((locale: Locale) => TextCoverage) | undefined): Readonly<Partial<Record<PartName, TextCoverage>>> {
  const core = localeCoverage(locale);
  const catalog = catalogCoverage(locale);
  return {
    messages: core.messages,
    taxonomy: core.taxonomy,
    ...(viewerCoverage === undefined ? {} : { viewer: viewerCoverage(locale) }),
    catalog: { total: catalog.total, translated: catalog.translated, untranslated: catalog.missing.map((text) => `${text.entry}: ${text.path}`) },
  };
}

const cell = (part: TextCoverage | undefined): string =>
  part === undefined ? "not installed" : `${percentOf(part)}% (${part.translated}/${part.total})`;

export async function reportLocales(context: Context, options: { readonly missing?: string; readonly json?: boolean }): Promise<void> {
  const { io, colors } = context;
  // The viewer is an optional peer of the CLI: without it, its column says so.
  const viewerCoverage = await import("@policy/ink").then(
    (ink) => ink.viewerCoverage,
    () => undefined,
  );
  const chosen = options.missing === undefined ? cliLocales : [options.missing as Locale];
  const report = chosen.map((locale) => ({ locale, ...partsOf(locale, viewerCoverage) }));
  if (options.json === true) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  if (options.missing !== undefined) {
    const [only] = report;
    for (const name of partNames) {
      const part = only![name];
      io.stdout.write(`${colors.out.bold(`${name}: ${cell(part)}`)}\n`);
      for (const where of part?.untranslated ?? []) io.stdout.write(`  ${where}\n`);
    }
    return;
  }
  const rows = report.map((row) => [row.locale, ...partNames.map((name) => cell(row[name]))]);
  io.stdout.write(formatTable([{ header: "language" }, ...partNames.map((header) => ({ header }))], rows, { header: colors.out.bold }));
}
