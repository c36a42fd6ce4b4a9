/** @module Small helpers shared by the chat-platform channels (Slack, Teams, help desk). */
export { executionContextOf } from './execution-context-of';
export { createBackgroundRunner } from './run-after-response';
export { type SimulationFact, toSimulationFacts } from './to-simulation-facts';
