import { hasUserInfo, invisibleCharacterProblem } from "../model/scalars.js";

/**
 * The links the output may hold: web pages, e-mail and phone, with the scheme in any case. Everything
 * else (`javascript:`, `data:`, `vbscript:`, relative or protocol-relative URLs, and any URL with
 * whitespace or control characters, which browsers strip before they read the scheme) is not a link.
 * A document may be built by hand, so this refuses what validation refuses in a policy too: a user
 * name or password before the host and invisible format characters (see HttpUrlSchema). It also
 * refuses `<`, `>`, `"` and `\`, which a link core composes never holds (they are percent-encoded
 * there), so a renderer never has to think about quoting them.
 */
const linkUrl = /^(?:https?:\/\/[^/?#\s]|mailto:[^\s]|tel:[^\s])/i;
const imageUrl = /^https?:\/\/[^/?#\s]/i;
const whitespaceOrControl = /[\s\u0000-\u001f\u007f-\u009f]/;
const needsQuoting = /[<>"\\]/;

export function isSafeLinkUrl(url: string): boolean {
  return linkUrl.test(url) && isClean(url);
}

/** Images load without a click, so only http(s). */
export function isSafeImageUrl(url: string): boolean {
  return imageUrl.test(url) && isClean(url);
}

function isClean(url: string): boolean {
  return (
    !whitespaceOrControl.test(url) && !needsQuoting.test(url) && invisibleCharacterProblem(url) === undefined && !hasUserInfo(url) && isReadable(url)
  );
}

/** A web link the URL parser cannot read (`https://[::1`) leads nowhere. */
function isReadable(url: string): boolean {
  if (!/^https?:/i.test(url)) return true;
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}
