/**
 * The links the output may hold: web pages, e-mail and phone. Everything else (`javascript:`,
 * `data:`, `vbscript:`, relative or protocol-relative URLs, and any URL with whitespace or control
 * characters, which browsers strip before they read the scheme) is not a link.
 */
const linkUrl = /^(?:https?:\/\/[^/?#\s]|mailto:[^\s]|tel:[^\s])/i;
const imageUrl = /^https?:\/\/[^/?#\s]/i;
const whitespaceOrControl = /[\s\u0000-\u001f\u007f-\u009f]/;

export function isSafeLinkUrl(url: string): boolean {
  return linkUrl.test(url) && !whitespaceOrControl.test(url);
}

/** Images load without a click, so only http(s). */
export function isSafeImageUrl(url: string): boolean {
  return imageUrl.test(url) && !whitespaceOrControl.test(url);
}
