/** @module Citations as expandable excerpts (<details>) with a link to the source. */
import type { CitationData } from '../chat-stream-parts';
import { element, externalLink } from './dom';
import { safeHref } from './parse-markdown';

export function renderCitations(citations: CitationData[]): HTMLElement | null {
  if (citations.length === 0) return null;
  // why: a plain block with a heading, not a named region: every answer would add an identically named landmark.
  return element('div', { class: 'citations' }, [
    element('h3', { class: 'section-title' }, ['Sources']),
    ...citations.map((citation, index) => {
      const href = citation.url ? safeHref(citation.url) : undefined;
      return element('details', { class: 'citation' }, [
        element('summary', {}, [
          element('span', { class: 'citation-number', 'aria-hidden': 'true' }, [`${index + 1}`]),
          element('span', {}, [citation.title || citation.source]),
        ]),
        element('blockquote', {}, [citation.excerpt]),
        element('p', { class: 'citation-source' }, [
          href ? externalLink(href, [citation.source || 'Ouvrir la source']) : citation.source,
        ]),
      ]);
    }),
  ]);
}
