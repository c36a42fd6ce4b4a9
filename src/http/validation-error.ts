/** @module Turns zod issues into one French message that names the offending field. */
import { z } from 'zod';
import { AppError } from '../errors';

z.config(z.locales.fr());

export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const parts = issues.slice(0, 3).map((issue) => {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'corps de la requête';
    return `champ « ${field} » : ${issue.message}`;
  });
  return `Requête invalide — ${parts.join(' ; ')}.`;
}

export function toValidationError(error: z.ZodError): AppError {
  return new AppError('invalid_request', describeIssues(error.issues));
}
