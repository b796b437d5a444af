/**
 * The built-in style sheet of a standalone page. It loads nothing (no fonts, no images, no
 * imports): the page makes no request of its own. It reads on a phone and on a wide screen, follows
 * the reader's light or dark setting, keeps contrast at WCAG AA in both, sets the right to object
 * apart, and prints in black on white without the table of contents.
 *
 * Words stay whole: table cells break only where a word ends (`overflow-wrap: break-word` leaves
 * every word's width in the column's minimum), and only runs too long to be words
 * (`.policy-long-word`) and links may break anywhere. Up to 60rem (a phone, a tablet upright) each
 * table row is a card of header and value lines instead; wider, a table may be wider than the text.
 * On a phone (40rem and less) the table of contents is closed until tapped. Links, strong text (a
 * recipient's name in a list) and untranslated text are isolated (`unicode-bidi: isolate`): a
 * right-to-left override in a name ends with the name, not with the paragraph.
 */
export const builtInCss = `:root {
  color-scheme: light dark;
  --text: #1b1b1b;
  --background: #ffffff;
  --link: #0a51c2;
  --rule: #c4c4c4;
  --header-background: #f2f2f2;
  --notice-background: #fff4dc;
  --notice-border: #9a5800;
}
@media (prefers-color-scheme: dark) {
  :root {
    --text: #e9e9e9;
    --background: #141414;
    --link: #8db8ff;
    --rule: #5a5a5a;
    --header-background: #242424;
    --notice-background: #2d2410;
    --notice-border: #e8a640;
  }
}
*, *::before, *::after { box-sizing: border-box; }
body {
  margin: 0;
  background: var(--background);
  color: var(--text);
  font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}
main { max-width: 48rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
.policy-skip { position: absolute; top: 0.5rem; left: 0.5rem; z-index: 1; padding: 0.5rem 1rem; background: var(--background); color: var(--link); border: 2px solid var(--link); }
.policy-skip:not(:focus) { width: 1px; height: 1px; padding: 0; border: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.policy { overflow-wrap: break-word; }
.policy h1, .policy h2, .policy h3, .policy h4, .policy h5, .policy h6 { line-height: 1.25; margin: 2rem 0 0.75rem; }
/* A title word as long as "Datenschutzerklärung" fits a 320 px screen whole. */
.policy h1 { font-size: clamp(1.25rem, 7vw, 2rem); margin-top: 0; }
.policy-title-controller { display: block; margin-top: 0.25rem; font-size: 1.25rem; font-weight: 400; }
.policy h2 { font-size: 1.5rem; }
.policy h3 { font-size: 1.25rem; }
.policy h4, .policy h5, .policy h6 { font-size: 1.0625rem; }
.policy a { color: var(--link); overflow-wrap: anywhere; }
.policy a, .policy strong, .policy span[lang] { unicode-bidi: isolate; }
.policy-long-word { overflow-wrap: anywhere; }
.policy a:focus-visible, .policy-table:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.policy address { font-style: normal; margin: 0 0 1rem; padding-left: 0.75rem; border-left: 3px solid var(--rule); }
.policy ul { padding-left: 1.5rem; }
.policy li + li { margin-top: 0.25rem; }
.policy-toc { border-bottom: 1px solid var(--rule); padding-bottom: 1rem; }
.policy-toc ul ul { margin: 0.25rem 0 0.5rem; }
.policy-toc summary { cursor: pointer; }
@supports selector(::details-content) {
  @media (width > 40rem) {
    .policy-toc summary { display: none; }
    .policy-toc details::details-content { content-visibility: visible; }
  }
}
.policy-table { overflow-x: auto; margin: 1rem 0; }
.policy table { border-collapse: collapse; width: 100%; font-size: 0.875rem; }
.policy caption { text-align: left; font-weight: 600; padding: 0 0 0.5rem; }
.policy th, .policy td { text-align: left; vertical-align: top; padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--rule); }
.policy thead th { background: var(--header-background); }
.policy-objection {
  margin: 2rem 0;
  padding: 0.25rem 1rem 0.5rem;
  border: 2px solid var(--notice-border);
  border-left-width: 0.5rem;
  border-radius: 0.25rem;
  background: var(--notice-background);
}
.policy-objection > h2:first-child, .policy-objection > h3:first-child { margin-top: 0.75rem; }
@media (min-width: 64rem) {
  body { font-size: 1.0625rem; }
}
@media screen and (width <= 40rem) {
  .policy h2 { font-size: 1.375rem; }
}
/* Up to 60rem a table of six columns does not fit with its words whole: each row is a card instead. */
@media screen and (width <= 60rem) {
  .policy table, .policy caption, .policy tbody, .policy tr, .policy th, .policy td { display: block; }
  .policy thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .policy tbody tr { margin: 0 0 0.75rem; padding: 0.5rem 0.75rem; border: 1px solid var(--rule); border-radius: 0.25rem; }
  .policy th, .policy td { padding: 0.2rem 0; border: 0; overflow-wrap: anywhere; }
  .policy td::before { content: attr(data-label); content: attr(data-label) / ""; display: block; font-size: 0.8125rem; font-weight: 600; }
}
/* Wider, a table may be wider than the column of text (up to 72rem), centred on it: on this page, where the column is centred. */
@media screen and (width > 60rem) {
  main > .policy .policy-table { --table-width: min(100vw - 4rem, 72rem); width: var(--table-width); margin-inline: calc((100% - var(--table-width)) / 2); }
}
@page { margin: 15mm; }
@media print {
  :root { color-scheme: light; --text: #000000; --background: #ffffff; --link: #000000; --rule: #808080; --header-background: #ffffff; --notice-background: #ffffff; --notice-border: #000000; }
  main { max-width: none; padding: 0; }
  .policy-skip, .policy-toc { display: none; }
  .policy-table { overflow: visible; }
  .policy table { font-size: 0.6875rem; }
  .policy th, .policy td { padding: 0.25rem 0.35rem; }
  .policy h1, .policy h2, .policy h3, .policy h4 { break-after: avoid; }
  .policy p:has(+ address, + ul, + ol) { break-after: avoid; }
  .policy caption, .policy thead { break-after: avoid; }
  .policy tr, .policy address, .policy li { break-inside: avoid; }
}
`;
