/** @module Defangs links in user text shown to operators (`https://evil.example/x` → `evil[.]example/x`): never clickable. */

const LINK =
  /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"']+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|fr|io|info|biz|xyz|ru|cn|co|me|ly|app|dev|site|online|top|eu|be|ch|de|uk)\b(?:\/[^\s<>"']*)?/gi;

/** Removes the scheme and brackets every dot of the host, so no client turns the text into a link. */
export function neutralizeLinks(text: string): string {
  return text.replace(LINK, (link) => {
    const withoutScheme = link.replace(/^(?:https?|ftp):\/\//i, '');
    const slash = withoutScheme.indexOf('/');
    const host = slash < 0 ? withoutScheme : withoutScheme.slice(0, slash);
    const rest = slash < 0 ? '' : withoutScheme.slice(slash);
    return `${host.replaceAll('.', '[.]')}${rest.replaceAll('.', '[.]').replaceAll(':', '[:]')}`;
  });
}
