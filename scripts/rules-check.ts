/** @module `npm run rules:check [-- extra.yaml…]`: validates every rule file, the branch template and any extra file. */
import { z } from 'zod';
import { KnowledgeValidationError } from '../src/knowledge/knowledge-validation-error';
import { isTemplateFile, parseRuleFiles } from '../src/simulator/parameters/parse-rule-files';
import { readRuleFiles } from './read-rule-files';

z.config(z.locales.fr());

function main() {
  const files = readRuleFiles(process.argv.slice(2));
  try {
    const book = parseRuleFiles(files);
    const templates = files.filter((file) => isTemplateFile(file.path)).map((file) => file.path);
    const unverified = Object.values(book.parameters).filter(
      (parameter) => parameter.lastVerifiedOn === null,
    );
    console.log(
      `rules:check — ${files.length - templates.length} fichiers valides, ${Object.keys(book.parameters).length} paramètres, ` +
        `${book.passages.length} passages ; modèles valides : ${templates.join(', ') || 'aucun'} ; ` +
        `${unverified.length} paramètres non vérifiés auprès de leur source`,
    );
  } catch (error) {
    if (error instanceof KnowledgeValidationError) {
      console.error(`rules:check — fichier invalide : ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

main();
