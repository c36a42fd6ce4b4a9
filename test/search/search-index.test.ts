import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/knowledge';
import { buildSearchIndex, loadSearchIndex, searchKnowledge, wordsOf } from '../../src/search';

const source = { title: 'Test', url: 'https://example.org/' };
const passage = (id: string, title: string, body: string, keywords: string[] = []): Passage => ({
  id,
  kind: 'guide',
  title,
  heading: title,
  body,
  keywords,
  source,
});

const passages = [
  passage(
    'eligibilite',
    'Éligibilité des actions',
    'Une action doit avoir des objectifs et un programme détaillé.',
  ),
  passage(
    'qualiopi',
    'Organisme certifié',
    'Le prestataire doit être certifié Qualiopi pour mobiliser les fonds.',
  ),
  passage(
    'apprentissage',
    'Financer un contrat',
    'L’apprentissage est pris en charge au niveau fixé par la branche.',
  ),
  passage(
    'pro',
    'Contrat de professionnalisation',
    'Les heures de formation sont financées selon des barèmes.',
  ),
  passage('plan', 'Plan de développement des compétences', 'Les salariés peuvent être formés dans ce cadre.'),
  passage('titre', 'Subrogation', 'Texte sans rapport particulier avec le paiement.'),
  passage(
    'corps',
    'Autre sujet',
    'La subrogation permet à l’OPCO de payer directement. La subrogation évite l’avance.',
  ),
];
const synonyms = {
  groups: [
    { when: ['contrat pro'], add: 'contrat de professionnalisation' },
    { when: ['pdc'], add: 'plan de développement des compétences' },
    { when: ['alternance'], add: 'apprentissage' },
  ],
};
const index = loadSearchIndex(buildSearchIndex(passages), passages, synonyms);
const topId = (query: string) => searchKnowledge(index, query, { limit: 3 })[0]?.id;

describe('searchKnowledge', () => {
  it('ignores accents in both directions', () => {
    expect(topId('eligibilite')).toBe('eligibilite');
    expect(topId('éligibilité')).toBe('eligibilite');
  });

  it('handles French elisions', () => {
    expect(topId("l'apprentissage")).toBe('apprentissage');
    expect(wordsOf("l’apprentissage d'un salarié qu'il")).toEqual(['apprentissage', 'un', 'salarie', 'il']);
  });

  it('expands acronyms and synonyms', () => {
    expect(topId('contrat pro')).toBe('pro');
    expect(topId('PDC')).toBe('plan');
    expect(topId('alternance')).toBe('apprentissage');
  });

  it('tolerates typos on longer words only', () => {
    expect(topId('qualiopie')).toBe('qualiopi');
    expect(topId('profesionalisation')).toBe('pro');
    expect(searchKnowledge(index, 'zz', { limit: 3 })).toEqual([]);
  });

  it('boosts titles over bodies', () => {
    const ids = searchKnowledge(index, 'subrogation', { limit: 2 }).map((hit) => hit.id);
    expect(ids[0]).toBe('titre');
  });

  it('returns an excerpt taken from the passage and respects the limit', () => {
    const hits = searchKnowledge(index, 'programme détaillé', { limit: 1 });
    expect(hits).toHaveLength(1);
    expect(hits[0]?.excerpt).toContain('programme détaillé');
  });
});
