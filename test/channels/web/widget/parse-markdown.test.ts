import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Inline,
  parseInline,
  parseMarkdown,
  safeHref,
} from '../../../../src/channels/web/widget/parse-markdown';

// why: property runs are reproducible; a failure names the same counterexample on every machine.
fc.configureGlobal({ seed: 20261129 });

const textOf = (inlines: Inline[]): string =>
  inlines
    .map((inline) =>
      inline.kind === 'text' || inline.kind === 'code'
        ? inline.text
        : inline.kind === 'break'
          ? '\n'
          : textOf(inline.children),
    )
    .join('');

const links = (inlines: Inline[]): string[] =>
  inlines.flatMap((inline) =>
    inline.kind === 'link' ? [inline.href] : inline.kind === 'strong' ? links(inline.children) : [],
  );

describe('parseMarkdown', () => {
  it('parses paragraphs, bullet and numbered lists, and headings', () => {
    expect(parseMarkdown('### Étapes\nIntro\nsuite\n\n- un\n- **deux**\n\n1. premier\n2) second')).toEqual([
      { kind: 'heading', inlines: [{ kind: 'text', text: 'Étapes' }] },
      {
        kind: 'paragraph',
        inlines: [{ kind: 'text', text: 'Intro' }, { kind: 'break' }, { kind: 'text', text: 'suite' }],
      },
      {
        kind: 'list',
        ordered: false,
        items: [
          [{ kind: 'text', text: 'un' }],
          [{ kind: 'strong', children: [{ kind: 'text', text: 'deux' }] }],
        ],
      },
      {
        kind: 'list',
        ordered: true,
        items: [[{ kind: 'text', text: 'premier' }], [{ kind: 'text', text: 'second' }]],
      },
    ]);
  });

  it('keeps raw HTML as plain text', () => {
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    expect(parseMarkdown(html)).toEqual([{ kind: 'paragraph', inlines: [{ kind: 'text', text: html }] }]);
  });

  it('links only absolute http(s) URLs', () => {
    expect(links(parseInline('[ok](https://www.opco-atlas.fr/a) et https://example.org/b.'))).toEqual([
      'https://www.opco-atlas.fr/a',
      'https://example.org/b',
    ]);
    for (const unsafe of [
      'javascript:alert%281%29',
      'data:text/html,x',
      '//evil.example',
      '/relatif',
      'vbscript:x',
    ]) {
      const inlines = parseInline(`[clic](${unsafe})`);
      expect(links(inlines)).toEqual([]);
      expect(textOf(inlines)).toBe('clic');
    }
  });

  it('never produces a link outside http(s) and never loses text outside links, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (markdown) => {
        for (const block of parseMarkdown(markdown)) {
          const inlines = block.kind === 'list' ? block.items.flat() : block.inlines;
          for (const href of links(inlines)) expect(href).toMatch(/^https?:\/\//);
        }
      }),
    );
  });
});

describe('safeHref', () => {
  it('normalises http(s) URLs and rejects everything else', () => {
    expect(safeHref('HTTPS://www.opco-atlas.fr')).toBe('https://www.opco-atlas.fr/');
    expect(safeHref('https://')).toBeUndefined();
    expect(safeHref(' javascript:alert(1)')).toBeUndefined();
  });
});
