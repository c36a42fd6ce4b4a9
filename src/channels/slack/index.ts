/** @module The Slack channel: signed slash commands, events and interactions over the shared answer engine. */
export { createSlackRoutes } from './slack-routes';
export { toSlackBlocks } from './to-slack-blocks';
export { verifySlackSignature } from './verify-slack-signature';
