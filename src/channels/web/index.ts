/** @module TEMPORARY placeholder: replaced by the web channel work. */
import type { AppDependencies } from '../../app';
import type { AnswerEngine } from '../../chat/answer-contract';
import { createRouter } from '../../http/create-router';

export function createWebRoutes(_dependencies: AppDependencies, _engine: AnswerEngine) {
  return createRouter();
}
