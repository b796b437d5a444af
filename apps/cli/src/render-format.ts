import type { Locale, Policy } from "@policy/core";
import type { Format } from "./output-plan.js";

export interface RenderOptions {
  readonly locale: Locale;
  readonly standalone: boolean;
  readonly toc: boolean;
  /** The index after the text (md, html), or in the document (json): which services process which data, and where it goes. */
  readonly index: boolean;
}

/** Names for reports: "Markdown", "HTML page". */
export function formatName(format: Format, standalone: boolean): string {
  if (format === "md") return "Markdown";
  if (format === "json") return "JSON (the composed PolicyDocument)";
  return standalone ? "an HTML page" : "an HTML fragment";
}

/** Renders one language in one format. Each renderer is loaded only when it is used. */
export async function renderDocument(policy: Policy, format: Format, options: RenderOptions): Promise<string> {
  const { locale, standalone, toc, index } = options;
  switch (format) {
    case "md": {
      const { toMarkdown } = await import("@policy/markdown");
      return toMarkdown(policy, { locale, toc, index });
    }
    case "html": {
      const { toHtml } = await import("@policy/html");
      return toHtml(policy, { locale, toc, standalone, index });
    }
    case "json": {
      const { compose } = await import("@policy/core");
      return `${JSON.stringify(compose(policy, { locale, index }), null, 2)}\n`;
    }
  }
}
