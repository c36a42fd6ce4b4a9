/** @module Build-time error naming the knowledge file and field that failed validation. */
import type { z } from 'zod';

export class KnowledgeValidationError extends Error {
  readonly file: string;
  readonly field: string;

  constructor(file: string, field: string, detail: string) {
    super(`${file} : champ « ${field} » invalide — ${detail}`);
    this.name = 'KnowledgeValidationError';
    this.file = file;
    this.field = field;
  }

  static fromZod(file: string, error: z.ZodError): KnowledgeValidationError {
    const issue = error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(racine)';
    return new KnowledgeValidationError(file, field, issue?.message ?? 'valeur invalide');
  }
}
