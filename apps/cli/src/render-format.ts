import type { Locale, Policy } from "@policy/core";
import type { Format } from "./output-plan.js";

export interface FormatOptions {
  readonly locale: Locale;
  readonly standalone: boolean;
  readonly toc: boolean;
}

/** Names for reports: "Markdown", "HTML page". */
export function formatName(format: Format, standalone: boolean): string {
  if (format === "md") return "Markdown";
  if (format === "json") return "JSON (the composed PolicyDocument)";
  return standalone ? "an HTML page" : "an HTML fragment";
}

/** Renders one language in one format. Each renderer is loaded only when it is used. */
export async function renderFormat(policy: Policy, format: Format, options: FormatOptions): Promise<string> {
  const { locale, standalone, toc } = options;
  switch (format) {
    case "md": {
      const { toMarkdown } = await import("@policy/markdown");
      return toMarkdown(policy, { locale, toc });
    }
    case "html": {
      const { toHtml } = await import("@policy/html");
      return toHtml(policy, { locale, toc, standalone });
    }
    case "json": {
      const { compose } = await import("@policy/core");
      return `${JSON.stringify(compose(policy, { locale }), null, 2)}\n`;
    }
  }
}
