import { describe, expect, it } from 'vitest';
import {
  type UnderstandInput,
  understandQuestion as understandWith,
} from '../../../src/chat/understand/understand-question';
import { getKnowledge } from '../../../src/knowledge';

const understandQuestion = (input: Omit<UnderstandInput, 'lexicon'>) =>
  understandWith({ ...input, lexicon: getKnowledge().lexicon });

const TODAY = '2026-11-27';

describe('understandQuestion', () => {
  it('uses slots given in earlier turns', () => {
    const understanding = understandQuestion({
      question: 'On relève de quel OPCO ?',
      history: [
        { role: 'user', content: 'Je suis DRH d’un cabinet d’expertise comptable, IDCC 787, 12 salariés.' },
        { role: 'assistant', content: 'D’accord.' },
      ],
      today: TODAY,
    });
    expect(understanding).toMatchObject({ slots: { idcc: '787', headcount: 12 } });
    expect(understanding.slotNames).toEqual(expect.arrayContaining(['idcc', 'headcount']));
    expect(understanding.questionSlots).not.toHaveProperty('idcc');
  });

  it('marks a short follow-up, keeps earlier slots and names the slot the question changes', () => {
    const understanding = understandQuestion({
      question: 'Et pour 20 salariés ?',
      history: [
        { role: 'user', content: 'Aide à l’embauche pour un apprenti en BTS ?' },
        { role: 'assistant', content: '…' },
      ],
      today: TODAY,
    });
    expect(understanding.questionSlotNames).toEqual(['headcount']);
    expect(understanding).toMatchObject({
      isFollowUp: true,
      previousTurn: 'Aide à l’embauche pour un apprenti en BTS ?',
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
