import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/search';

describe('detectLanguage', () => {
  it.each([
    'Who can confirm which OPCO my company belongs to?',
    'How much funding can we get for an apprentice?',
    'What documents do I need before the training starts?',
  ])('detects English: %s', (question) => {
    expect(detectLanguage(question)).toBe('en');
  });

  it.each([
    'Que signifie le sigle OPCO ?',
    'pourquoi passer par un opco',
    'Quelle aide à l’embauche pour un apprenti ?',
    'IDCC 1486 ?',
    'combien pour la formation d un tuteur',
  ])('keeps French, the default: %s', (question) => {
    expect(detectLanguage(question)).toBe('fr');
  });
});
