import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeValidationError } from '../../src/knowledge';
import { parseGuideSection } from '../../src/knowledge/parse-guide-section';

const directory = join(import.meta.dirname, '..', '..', 'knowledge', 'guide');
const valid = (id: string, overrides = '') => `---
id: ${id}
title: "Comment savoir si mon entreprise relève d'Atlas ?"
heading: "Comment savoir si vous relevez d’Atlas ?"
source:
  title: "OPCO Atlas"
  url: "https://www.educademy.fr/academie/financement/opco-atlas/"
keywords: ["idcc", "naf", "rattachement"]
${overrides}---
Vérifiez votre convention collective et votre code NAF : ils indiquent en général l'OPCO compétent.
`;

describe('parseGuideSection', () => {
  it('parses every guide section of the repository, each citing the educademy.fr article', () => {
    const files = readdirSync(directory).filter((name) => name.endsWith('.md'));
    expect(files.length).toBeGreaterThanOrEqual(25);
    for (const name of files) {
      const passage = parseGuideSection(
        `knowledge/guide/${name}`,
        readFileSync(join(directory, name), 'utf8'),
      );
      expect(passage.source.url).toBe('https://www.educademy.fr/academie/financement/opco-atlas/');
    }
  });

  it('turns a valid section into a guide passage', () => {
    const passage = parseGuideSection('knowledge/guide/guide-test.md', valid('guide-test'));
    expect(passage).toMatchObject({
      id: 'guide-test',
      kind: 'guide',
      keywords: ['idcc', 'naf', 'rattachement'],
    });
  });

  it.each([
    [
      'guide-test',
      valid('guide-test').replace('https://www.educademy', 'http://www.educademy'),
      'source.url',
    ],
    ['guide-test', valid('guide-test').replace(/keywords: .*\n/, ''), 'keywords'],
    ['guide-test', valid('guide-autre'), 'id'],
    ['guide-test', 'pas de front matter', 'front matter'],
    ['guide-test', valid('guide-test').replace(/---\nVérifiez[\s\S]*$/, '---\nCourt.\n'), 'body'],
  ])('rejects %s with an error naming the file and the field (%#)', (id, text, field) => {
    const file = `knowledge/guide/${id}.md`;
    expect(() => parseGuideSection(file, text)).toThrow(KnowledgeValidationError);
    try {
      parseGuideSection(file, text);
    } catch (error) {
      expect((error as KnowledgeValidationError).message).toContain(file);
      expect((error as KnowledgeValidationError).field).toBe(field);
    }
  });
});
