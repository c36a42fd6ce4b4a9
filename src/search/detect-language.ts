/** @module Language of a question: English or French (the default), from frequent function words. */
import { normalizeText } from './normalize-text';

export type Language = 'fr' | 'en';

const ENGLISH_WORDS = new Set(
  'the an is are was were be been do does did can could should would will which what who whom whose how when where why my our your their its this that these those of for with from to in at by about into if and or not no yes i we you he she they it us them have has had any some much many there here please than then also only just get got'.split(
    ' ',
  ),
);
const FRENCH_WORDS = new Set(
  'le la les un une des du de d l au aux est sont etre suis sommes etes ai as avons avez ont je tu il elle nous vous ils elles on mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs ce cette ces quel quelle quels quelles qui que quoi comment combien pourquoi quand ou et mais donc car ne pas plus pour par avec sans sur dans chez en y si oui non peut peux faut il faut bonjour merci svp est-ce c qu j m n s t'.split(
    ' ',
  ),
);

/** Function words of each language in a text. */
export function languageScores(text: string): { english: number; french: number } {
  const words = normalizeText(text)
    .replace(/['’]/g, ' ')
    .split(/[^a-z-]+/)
    .filter(Boolean);
  let english = 0;
  let french = 0;
  for (const word of words) {
    if (ENGLISH_WORDS.has(word)) english += 1;
    if (FRENCH_WORDS.has(word)) french += 1;
  }
  return { english, french };
}

/** Counts function words of each language; French wins ties because the product is French-first. */
export function detectLanguage(text: string): Language {
  const { english, french } = languageScores(text);
  return english > french ? 'en' : 'fr';
}
