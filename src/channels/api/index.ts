/** @module The help-desk JSON API (/v1/*), documented by OpenAPI. */
import type { AppDependencies } from '../../app';
import type { AnswerEngine } from '../../chat/answer-contract';
import { createRouter } from '../../http/create-router';
import { createAskRoutes } from './ask-routes';
import { createFeedbackRoutes } from './feedback-routes';
import { createHelpdeskRoutes } from './helpdesk-routes';
import { createSearchRoutes } from './search-routes';
import { createSimulateRoutes } from './simulate-routes';

export function createApiRoutes(dependencies: AppDependencies, engine: AnswerEngine) {
  return createRouter()
    .route('/', createSearchRoutes(dependencies))
    .route('/', createSimulateRoutes(dependencies, engine))
    .route('/', createAskRoutes(dependencies, engine))
    .route('/', createFeedbackRoutes(dependencies, engine))
    .route('/', createHelpdeskRoutes(dependencies, engine));
}
