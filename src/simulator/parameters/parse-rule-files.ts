/** @module Build time only: parses and validates knowledge/rules YAML into a RuleBook (keeps yaml out of the Worker). */
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { KnowledgeValidationError } from '../../knowledge/knowledge-validation-error';
import { placeholdersOf, renderTemplate } from '../passages/render-template';
import { checkBranchFiles } from './check-branch-files';
import { checkCrossReferences } from './check-cross-references';
import type { PassageTemplate, RuleBook, RuleParameter } from './rule-book';
import { type RuleFile, ruleFileSchema, UNVERIFIED } from './rule-file-schema';
import { unitShapeFor, valueShapeFor } from './value-shapes';

export type ParseRuleFilesOptions = { today?: string };

type EntryOf = RuleFile['parameters'][string];

function fail(file: string, field: string, detail: string): never {
  throw new KnowledgeValidationError(file, field, detail);
}

function firstIssue(error: z.ZodError): { path: string; message: string } {
  const issue = error.issues[0];
  return {
    path: issue ? issue.path.map(String).join('.') : '',
    message: issue?.message ?? 'valeur invalide',
  };
}

function toParameter(
  file: string,
  name: string,
  entry: EntryOf,
  defaults: RuleFile['defaults'],
  today: string,
) {
  const field = `parameters.${name}`;
  const dates = Object.keys(entry.values);
  if (dates.length === 0) fail(file, `${field}.values`, 'au moins une valeur datée est attendue');
  dates.forEach((date, index) => {
    const previous = dates[index - 1];
    if (previous !== undefined && previous >= date) {
      fail(
        file,
        `${field}.values.${date}`,
        `les dates doivent être strictement croissantes (après ${previous})`,
      );
    }
  });
  const shape = valueShapeFor(name);
  const unitShape = unitShapeFor(entry.unit);
  for (const date of dates) {
    const value = entry.values[date]?.value;
    if (value === null || value === undefined) continue;
    for (const check of [shape, typeof value === 'number' ? unitShape : null]) {
      const parsed = check?.safeParse(value);
      if (parsed && !parsed.success) {
        const issue = firstIssue(parsed.error);
        fail(file, `${field}.values.${date}.value${issue.path ? `.${issue.path}` : ''}`, issue.message);
      }
    }
  }
  const referenceEntries = Object.entries(entry.references ?? defaults?.references ?? {});
  if (referenceEntries.length === 0)
    fail(file, `${field}.references`, 'au moins une référence (titre + URL) est attendue');
  const references = referenceEntries
    .map(([date, reference]) => ({ date, title: reference.title, url: reference.href }))
    .sort((left, right) => left.date.localeCompare(right.date));
  for (const date of dates) {
    if (!references.some((reference) => reference.date <= date)) {
      fail(
        file,
        `${field}.values.${date}`,
        'aucune référence datée du même jour ou avant ne couvre cette valeur',
      );
    }
  }
  const verification = entry.last_verified_on ?? defaults?.last_verified_on;
  if (!verification)
    fail(file, `${field}.last_verified_on`, 'date de dernière vérification ou « unverified » attendue');
  const lastVerifiedOn = verification === UNVERIFIED ? null : verification;
  if (lastVerifiedOn !== null && lastVerifiedOn > today)
    fail(file, `${field}.last_verified_on`, `date dans le futur (${lastVerifiedOn})`);
  const confidence = entry.confidence ?? defaults?.confidence;
  if (!confidence)
    fail(file, `${field}.confidence`, 'niveau de confiance attendu : official, secondary ou uncertain');
  return {
    name,
    file,
    description: entry.description,
    unit: entry.unit,
    values: dates.map((date) => ({
      date,
      value: entry.values[date]?.value ?? null,
      ...(entry.values[date]?.observed ? { observed: true as const } : {}),
    })),
    references,
    lastVerifiedOn,
    confidence,
    validUntil: entry.valid_until ?? null,
    note: entry.note ?? null,
  } satisfies RuleParameter;
}

function readFile(path: string, text: string): RuleFile {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    fail(path, '(fichier)', `YAML illisible (${(error as Error).message.split('\n')[0]})`);
  }
  const parsed = ruleFileSchema.safeParse(data);
  if (!parsed.success) throw KnowledgeValidationError.fromZod(path, parsed.error);
  return parsed.data;
}

/** A template (`_template.yaml`): validated like any rule file, never loaded as knowledge. */
export function isTemplateFile(path: string): boolean {
  return (path.split('/').at(-1) ?? '').startsWith('_');
}

/**
 * Parses and validates every rule file; a bad file throws KnowledgeValidationError naming the file and field.
 * Templates (file names starting with `_`) are validated on their own and left out of the RuleBook.
 */
export function parseRuleFiles(
  files: Array<{ path: string; text: string }>,
  options: ParseRuleFilesOptions = {},
): RuleBook {
  for (const template of files.filter((file) => isTemplateFile(file.path))) {
    parseLoadedFiles([template], options);
  }
  return parseLoadedFiles(
    files.filter((file) => !isTemplateFile(file.path)),
    options,
  );
}

function parseLoadedFiles(
  files: Array<{ path: string; text: string }>,
  options: ParseRuleFilesOptions,
): RuleBook {
  const today = options.today ?? new Date().toISOString().split('T')[0]!;
  const parameters: Record<string, RuleParameter> = {};
  const passages: PassageTemplate[] = [];
  for (const { path, text } of files) {
    const file = readFile(path, text);
    for (const [name, entry] of Object.entries(file.parameters)) {
      if (parameters[name]) fail(path, `parameters.${name}`, `déjà défini dans ${parameters[name].file}`);
      parameters[name] = toParameter(path, name, entry, file.defaults, today);
    }
    (file.passages ?? []).forEach((passage, index) => {
      passages.push({
        id: passage.id,
        file: path,
        title: passage.title,
        body: passage.body,
        keywords: passage.keywords,
        parameters: passage.parameters ?? [],
      });
      if (placeholdersOf(passage.body).length + (passage.parameters ?? []).length === 0) {
        fail(path, `passages.${index}.parameters`, 'un passage doit citer au moins un paramètre');
      }
    });
  }
  for (const passage of passages) {
    const names = [
      ...passage.parameters,
      ...placeholdersOf(passage.body).map((placeholder) => placeholder.name),
    ];
    for (const name of names) {
      if (!parameters[name]) fail(passage.file, `passages.${passage.id}`, `paramètre inconnu « ${name} »`);
    }
  }
  const ruleBook = { parameters, passages };
  checkCrossReferences(ruleBook);
  checkBranchFiles(ruleBook);
  for (const passage of passages) {
    try {
      renderTemplate(ruleBook, passage.body);
    } catch (error) {
      fail(passage.file, `passages.${passage.id}.body`, (error as Error).message);
    }
  }
  return ruleBook;
}
