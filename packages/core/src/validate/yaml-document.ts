import { Composer, Parser, YAMLParseError, type CST, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from "yaml";

/**
 * The text's concrete syntax tree. It is read once and used twice, for the nesting check and to
 * build the document: reading it twice cost a fifth of `loadPolicy`.
 */
export function parseSyntaxTree(text: string): CST.Token[] {
  return [...new Parser().parse(text)];
}

/** The tree's first document, built as yaml's `parseDocument` builds it: a second document is an error. */
export function composeDocument(
  tokens: readonly CST.Token[],
  text: string,
  options: ParseOptions & DocumentOptions & SchemaOptions,
): Document.Parsed {
  let first: Document.Parsed | undefined;
  for (const doc of new Composer(options).compose(tokens, true, text.length)) {
    if (first === undefined) {
      first = doc;
      continue;
    }
    const message = "the file holds multiple documents (a line `---` starts a new one); a policy is a single document";
    first.errors.push(new YAMLParseError([doc.range[0], doc.range[1]], "MULTIPLE_DOCS", message));
    break;
  }
  // compose(…, forceDoc = true) always ends with a document, even for an empty text.
  return first!;
}
