/** @module Parses one guide section: YAML front matter plus a Markdown body, into a passage. */
import { parse as parseYaml } from 'yaml';
import { guideSectionFrontMatterSchema } from './guide-section-schema';
import { KnowledgeValidationError } from './knowledge-validation-error';
import type { Passage } from './passage';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/;

export function parseGuideSection(file: string, text: string): Passage {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new KnowledgeValidationError(file, 'front matter', 'bloc « --- » d’en-tête YAML absent');
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    throw new KnowledgeValidationError(file, 'front matter', `YAML illisible (${(error as Error).message})`);
  }
  const parsed = guideSectionFrontMatterSchema.safeParse(data);
  if (!parsed.success) throw KnowledgeValidationError.fromZod(file, parsed.error);
  const expectedId = file.split('/').pop()?.replace(/\.md$/, '');
  if (parsed.data.id !== expectedId) {
    throw new KnowledgeValidationError(file, 'id', `doit être égal au nom du fichier (« ${expectedId} »)`);
  }
  const body = (match[2] ?? '').trim();
  if (body.length < 40)
    throw new KnowledgeValidationError(file, 'body', 'texte trop court (40 caractères minimum)');
  return {
    id: parsed.data.id,
    kind: 'guide',
    title: parsed.data.title,
    heading: parsed.data.heading,
    body,
    keywords: parsed.data.keywords,
    source: parsed.data.source,
  };
}
