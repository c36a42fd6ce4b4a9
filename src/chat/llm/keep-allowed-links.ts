/** @module Links in model answers: kept when their host is a cited source's or an allowed domain, otherwise turned into plain text. */

const MARKDOWN_LINK = /\[([^\]\n]*)\]\((https?:\/\/[^)\s]+)\)/g;
const BARE_URL = /<?(https?:\/\/[^\s<>()"]*[^\s<>()".,;:!?'»])>?/g;

export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** True when `url`'s host is one of `domains` or a subdomain of one. */
export function isAllowedLink(url: string, domains: ReadonlySet<string>): boolean {
  const host = hostOf(url);
  if (!host) return false;
  for (const domain of domains) if (host === domain || host.endsWith(`.${domain}`)) return true;
  return false;
}

/** "[texte](https://ailleurs.example)" becomes "texte"; a bare disallowed URL loses its scheme, so no client links it. */
export function keepAllowedLinks(text: string, domains: ReadonlySet<string>): string {
  const kept: string[] = [];
  const withoutLinks = text.replace(MARKDOWN_LINK, (whole, label: string, url: string) => {
    if (!isAllowedLink(url, domains)) return label.trim() || (hostOf(url) ?? '');
    kept.push(whole);
    return `\u0000${kept.length - 1}\u0000`;
  });
  return withoutLinks
    .replace(BARE_URL, (whole, url: string) =>
      isAllowedLink(url, domains) ? whole : url.replace(/^https?:\/\//, ''),
    )
    .replace(/\u0000(\d+)\u0000/g, (_whole, index: string) => kept[Number(index)] ?? '');
}
