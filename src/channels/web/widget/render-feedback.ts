/** @module Thumbs up/down under each answer; thumbs down asks why (incorrect, incomplete, unclear, other). */
import { element, uniqueId } from './dom';
import { icon } from './icons';

export type Vote = { rating: 'up' | 'down'; reason?: string; comment?: string };

export type FeedbackOptions = {
  given?: 'up' | 'down';
  /** Sends the vote; resolves to false when it could not be recorded. */
  send(vote: Vote): Promise<boolean>;
};

const REASONS: Array<[value: string, label: string]> = [
  ['incorrect', 'Incorrecte'],
  ['incomplete', 'Incomplète'],
  ['unclear', 'Pas claire'],
  ['other', 'Autre'],
];

const THANKS = 'Merci pour votre retour.';

export function renderFeedback(options: FeedbackOptions): HTMLElement {
  const status = element('p', { class: 'feedback-status', role: 'status' }, [options.given ? THANKS : '']);
  const container = element('div', { class: 'feedback' }, [status]);
  if (options.given) return container;

  const submit = async (vote: Vote) => {
    status.textContent = 'Envoi…';
    const recorded = await options.send(vote);
    status.textContent = recorded ? THANKS : 'Votre avis n’a pas pu être enregistré. Réessayez plus tard.';
    if (recorded) {
      for (const child of [...container.children]) if (child !== status) child.remove();
    }
  };

  const voteButton = (rating: 'up' | 'down', text: string) =>
    element('button', { type: 'button', class: `vote vote-${rating}`, 'aria-pressed': 'false' }, [
      icon(rating),
      element('span', { class: 'sr-only' }, [text]),
    ]);
  const up = voteButton('up', 'Réponse utile');
  const down = voteButton('down', 'Réponse pas utile');
  const buttons = element(
    'div',
    { class: 'votes', role: 'group', 'aria-label': 'Cette réponse vous aide-t-elle ?' },
    [element('span', { class: 'votes-label', 'aria-hidden': 'true' }, ['Utile ?']), up, down],
  );

  up.addEventListener('click', () => {
    up.setAttribute('aria-pressed', 'true');
    void submit({ rating: 'up' });
  });
  down.addEventListener('click', () => {
    down.setAttribute('aria-pressed', 'true');
    up.disabled = true;
    down.disabled = true;
    const form = renderReasonForm((reason, comment) => submit({ rating: 'down', reason, comment }));
    container.insertBefore(form, status);
    form.querySelector('input')?.focus();
  });
  container.insertBefore(buttons, status);
  return container;
}

function renderReasonForm(onSubmit: (reason: string, comment?: string) => Promise<void>): HTMLFormElement {
  const name = uniqueId('reason');
  const commentId = uniqueId('comment');
  const comment = element('textarea', { id: commentId, rows: '2', maxlength: '1000' });
  const form = element('form', { class: 'reason-form' }, [
    element('fieldset', {}, [
      element('legend', {}, ['Qu’est-ce qui n’allait pas ?']),
      ...REASONS.map(([value, text]) =>
        element('label', { class: 'reason' }, [
          element('input', { type: 'radio', name, value, required: true }),
          text,
        ]),
      ),
    ]),
    element('label', { for: commentId, class: 'comment-label' }, [
      'Précisez (facultatif, sans données personnelles)',
    ]),
    comment,
    element('button', { type: 'submit', class: 'primary' }, ['Envoyer mon avis']),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const reason = (form.querySelector('input:checked') as HTMLInputElement | null)?.value ?? 'other';
    form.remove();
    void onSubmit(reason, comment.value.trim() || undefined);
  });
  return form;
}
