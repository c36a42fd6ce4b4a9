import { describe, expect, it } from 'vitest';
import { SIGNATURE_PLACEHOLDER, toHelpdeskDraft } from '../../../src/channels/api/helpdesk-draft';
import { helpdeskDraftResponseSchema } from '../../../src/channels/api/helpdesk-routes';
import { createTestApp, postJson } from '../../helpers/create-test-app';
import { createAskResponse } from '../slack/create-ask-response';

const SUBJECT = 'Financement d’une formation';

describe('toHelpdeskDraft', () => {
  it('writes a formal e-mail: greeting, the answer as plain text, the sources with URLs, a signature placeholder', () => {
    const draft = toHelpdeskDraft(createAskResponse(), SUBJECT, 'formal');
    expect(draft.draftReply).toBe(
      [
        'Madame, Monsieur,',
        'Nous vous remercions pour votre message concernant « Financement d’une formation ».',
        'Pour faire financer une formation, déposez la demande avant son début sur le portail Atlas (https://www.opco-atlas.fr/entreprise).',
        'Sources :\n- Guide OPCO Atlas — conditions : https://www.opco-atlas.fr/conditions\n- Guide OPCO Atlas — pièces : https://www.opco-atlas.fr/pieces?a=1&b=2',
        'Nous restons à votre disposition pour tout complément d’information.\n\nNous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.',
        SIGNATURE_PLACEHOLDER,
      ].join('\n\n'),
    );
    expect(draft).toMatchObject({ confidence: 'high', handoff: null, missingInformation: [] });
  });

  it('greets with « Bonjour » and signs off « Bien cordialement » in the neutral tone', () => {
    const { draftReply } = toHelpdeskDraft(createAskResponse(), SUBJECT, 'neutral');
    expect(draftReply.startsWith('Bonjour,\n\nMerci pour votre message concernant')).toBe(true);
    expect(draftReply).toContain(`Bien cordialement,\n\n${SIGNATURE_PLACEHOLDER}`);
  });

  it('hands off to a human, without the engine’s text, when the engine abstained or refused', () => {
    for (const status of ['abstained', 'refused'] as const) {
      const response = createAskResponse({
        status,
        answer: 'Texte que l’agent ne doit pas envoyer.',
        citations: [],
      });
      const draft = toHelpdeskDraft(response, SUBJECT, 'formal');
      expect(draft.confidence).toBe('low');
      expect(draft.handoff).toEqual({ reason: status, message: expect.stringMatching(/conseiller/) });
      expect(draft.draftReply).toMatch(/un conseiller OPCO Atlas, qui reviendra vers vous/);
      expect(draft.draftReply).not.toContain('Texte que l’agent');
      expect(draft.draftReply).not.toContain('Sources :');
    }
  });

  it('asks the customer for the simulator’s missing inputs on a clarification, never guessing', () => {
    const response = createAskResponse({
      status: 'clarification',
      answer: 'Combien de salariés compte l’entreprise ?',
      toolCalls: [
        {
          name: 'simulateFunding',
          input: {},
          output: {
            outcome: 'needs_input',
            amount: null,
            missingInputs: ['headcount', 'hours', 'headcount'],
          },
        },
      ],
    });
    const draft = toHelpdeskDraft(response, SUBJECT, 'neutral');
    expect(draft.missingInformation).toEqual([
      'l’effectif de l’entreprise',
      'la durée de la formation, en heures',
    ]);
    expect(draft.handoff?.reason).toBe('clarification');
    expect(draft.confidence).toBe('low');
    expect(draft.draftReply).toContain(
      'pourriez-vous nous préciser les éléments suivants :\n- l’effectif de l’entreprise\n- la durée de la formation, en heures',
    );
  });

  it('falls back to the questions of the clarification when no tool listed missing inputs', () => {
    const response = createAskResponse({
      status: 'clarification',
      answer:
        'Pour vous répondre, j’ai besoin de précisions. Quel est votre code IDCC ? Quel est votre effectif ?',
    });
    expect(toHelpdeskDraft(response, SUBJECT, 'formal').missingInformation).toEqual([
      'Quel est votre code IDCC ?',
      'Quel est votre effectif ?',
    ]);
  });

  it('flags an answer without any source for a human check', () => {
    const draft = toHelpdeskDraft(createAskResponse({ citations: [] }), SUBJECT, 'formal');
    expect(draft).toMatchObject({ confidence: 'low', handoff: { reason: 'no_source' } });
  });

  it('relays the engine’s own handoff', () => {
    const handoff = { reason: 'user_request', message: 'Un conseiller vous rappellera.' };
    expect(toHelpdeskDraft(createAskResponse({ handoff }), SUBJECT, 'formal')).toMatchObject({
      confidence: 'low',
      handoff,
    });
  });

  it('lowers confidence to medium for indicative rates, degraded answers or a single source', () => {
    const indicative = createAskResponse({
      toolCalls: [
        {
          name: 'simulateFunding',
          input: {},
          output: { outcome: 'eligible', amount: 900, rulesStatus: 'indicative' },
        },
      ],
    });
    const base = createAskResponse();
    for (const response of [
      indicative,
      { ...base, degraded: true },
      { ...base, citations: base.citations.slice(0, 1) },
    ]) {
      expect(toHelpdeskDraft(response, SUBJECT, 'formal')).toMatchObject({
        confidence: 'medium',
        handoff: null,
      });
    }
  });

  it('masks personal data of the ticket subject it quotes', () => {
    const { draftReply } = toHelpdeskDraft(createAskResponse(), 'Rappel au 06 12 34 56 78', 'formal');
    expect(draftReply).not.toContain('06 12 34 56 78');
    expect(draftReply).toContain('[téléphone masqué]');
  });
});

describe('POST /v1/helpdesk/draft', () => {
  const ticket = {
    subject: 'Financement d’un contrat de professionnalisation',
    body: 'Bonjour, nous voulons recruter un alternant en contrat de professionnalisation. Quelle prise en charge par l’OPCO Atlas ?',
    company: { idcc: '1486', headcount: 25 },
  };

  it('rejects a ticket without a subject with a French 400 naming the field', async () => {
    const { app } = createTestApp();
    const response = await app.request('/v1/helpdesk/draft', postJson({ ticket: { body: 'Bonjour' } }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { code: 'invalid_request', message: expect.stringContaining('ticket.subject') },
    });
  });

  it('rejects an unknown tone', async () => {
    const { app } = createTestApp();
    const response = await app.request('/v1/helpdesk/draft', postJson({ ticket, tone: 'familier' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { message: expect.stringContaining('tone') } });
  });

  it('returns a ready-to-send French draft of the documented shape', async () => {
    const { app } = createTestApp();
    const response = await app.request('/v1/helpdesk/draft', postJson({ ticket, tone: 'neutral' }));
    expect(response.status).toBe(200);
    const draft = helpdeskDraftResponseSchema.parse(await response.json());
    expect(draft.draftReply.startsWith('Bonjour,')).toBe(true);
    expect(draft.draftReply.endsWith(SIGNATURE_PLACEHOLDER)).toBe(true);
    if (draft.handoff) expect(draft.draftReply).toMatch(/conseiller/);
    else {
      expect(draft.citations.length).toBeGreaterThan(0);
      expect(draft.draftReply).toMatch(/Sources :\n- .+ : https?:\/\//);
    }
  });
});
