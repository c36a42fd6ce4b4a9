/** @module The Microsoft Teams channel (Bot Framework): JWT-checked activities answered with Adaptive Cards. */
export { createTeamsRoutes } from './teams-routes';
export { toAdaptiveCard } from './to-adaptive-card';
