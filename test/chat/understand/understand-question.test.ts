import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../../src/chat/understand/understand-question';

const TODAY = '2026-11-27';

describe('understandQuestion', () => {
  it.each([
    ['Nous sommes une banque (IDCC 2120), quel OPCO ?', 'membership'],
    ['Une fintech relève-t-elle d’Atlas ?', 'membership'],
    ['Combien je peux avoir ?', 'funding'],
    ['Que faut-il fournir une fois la formation terminée ?', 'documents'],
    ['Pourquoi ma demande a-t-elle été refusée ?', 'refusal'],
    ['Aide à l’embauche pour un apprenti en CAP ?', 'apprenticeship'],
    ['Que signifie le sigle OPCO ?', 'general'],
  ])('finds the intent of "%s"', (question, intent) => {
    expect(understandQuestion({ question, history: [], today: TODAY }).intent).toBe(intent);
  });

  it('uses slots given in earlier turns', () => {
    const understanding = understandQuestion({
      question: 'On relève de quel OPCO ?',
      history: [
        { role: 'user', content: 'Je suis DRH d’un cabinet d’expertise comptable, IDCC 787, 12 salariés.' },
        { role: 'assistant', content: 'D’accord.' },
      ],
      today: TODAY,
    });
    expect(understanding).toMatchObject({ intent: 'membership', slots: { idcc: '787', headcount: 12 } });
    expect(understanding.questionSlots).not.toHaveProperty('idcc');
  });

  it('keeps the previous intent for a short follow-up and searches with the previous turn', () => {
    const understanding = understandQuestion({
      question: 'Et pour 20 salariés ?',
      history: [
        { role: 'user', content: 'Aide à l’embauche pour un apprenti en BTS ?' },
        { role: 'assistant', content: '…' },
      ],
      today: TODAY,
    });
    expect(understanding).toMatchObject({
      intent: 'apprenticeship',
      isFollowUp: true,
      slots: { headcount: 20, certificationLevel: 5 },
    });
    expect(understanding.searchText).toMatch(/BTS/);
  });

  it('reads the request context and lets the question override it', () => {
    const understanding = understandQuestion({
      question: 'Formation de 14 h pour 3 salariés, combien ?',
      history: [],
      context: { idcc: '0787', naf: '6920Z', headcount: 8 },
      today: TODAY,
    });
    expect(understanding.slots).toMatchObject({
      idcc: '787',
      naf: '69.20Z',
      headcount: 8,
      hours: 14,
      trainees: 3,
    });
  });

  it('notices a request for a person and an explicit locale', () => {
    expect(
      understandQuestion({ question: 'Je veux parler à un conseiller', history: [], today: TODAY })
        .wantsHuman,
    ).toBe(true);
    expect(
      understandQuestion({ question: 'Quel OPCO ?', history: [], locale: 'en', today: TODAY }).language,
    ).toBe('en');
  });
});
