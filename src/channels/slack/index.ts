/** @module TEMPORARY placeholder: replaced by the slack channel work. */
import type { AppDependencies } from '../../app';
import type { AnswerEngine } from '../../chat/answer-contract';
import { createRouter } from '../../http/create-router';

export function createSlackRoutes(_dependencies: AppDependencies, _engine: AnswerEngine) {
  return createRouter();
}
