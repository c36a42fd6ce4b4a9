/** @module The web channel: the streaming chat endpoint, the embeddable widget and the demo page. */
import type { AppDependencies } from '../../app';
import type { AnswerEngine } from '../../chat/answer-contract';
import { createRouter } from '../../http/create-router';
import { createChatRoutes } from './chat-routes';
import { createDemoRoutes } from './demo-routes';
import { createWidgetRoutes } from './widget-routes';

export type {
  AnswerMetadata,
  ChatDataParts,
  CitationData,
  HandoffData,
  SimulationData,
} from './chat-stream-parts';

export function createWebRoutes(dependencies: AppDependencies, engine: AnswerEngine) {
  return createRouter()
    .route('/', createChatRoutes(dependencies, engine))
    .route('/', createWidgetRoutes())
    .route('/', createDemoRoutes(dependencies));
}
