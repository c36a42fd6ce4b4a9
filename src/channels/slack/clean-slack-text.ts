/** @module Turns Slack message text back into plain text: no mentions, readable links, unescaped. */
import { MAX_QUESTION_LENGTH } from '../../chat/answer-contract';

export const EMPTY_QUESTION_HELP =
  'Posez-moi votre question sur OPCO Atlas, par exemple : « Mon entreprise relève-t-elle d’OPCO Atlas ? » ou « Comment financer un contrat de professionnalisation ? »';

export const QUESTION_TOO_LONG = `Votre question dépasse ${MAX_QUESTION_LENGTH} caractères. Raccourcissez-la et renvoyez-la.`;

/** Removes user mentions and Slack link markup, and unescapes &amp; &lt; &gt;. */
export function cleanSlackText(text: string | undefined): string {
  return (text ?? '')
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/gi, ' ')
    .replace(/<(https?:[^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/<[#!][^>|]*\|?([^>]*)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
