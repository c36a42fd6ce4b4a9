/** @module TEMPORARY placeholder: replaced by the feature that owns these routes. */
import type { AppDependencies } from '../../app';
import type { AnswerEngine } from '../../chat/answer-contract';
import { createRouter } from '../../http/create-router';

export function createHelpdeskRoutes(_dependencies: AppDependencies, _engine: AnswerEngine) {
  return createRouter();
}
