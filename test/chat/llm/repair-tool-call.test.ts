import { describe, expect, it } from 'vitest';
import { repairToolCall } from '../../../src/chat/llm/repair-tool-call';

const tools = { simulateFunding: {}, checkMembership: {} } as never;
const repair = (toolName: string, input: string) =>
  repairToolCall()({
    toolCall: { type: 'tool-call', toolCallId: 'c1', toolName, input },
    tools,
    system: undefined,
    messages: [],
    inputSchema: async () => ({}),
    error: new Error('invalid') as never,
  });

describe('repairToolCall', () => {
  it('fixes the tool name casing and fenced JSON', async () => {
    expect(await repair('check_membership', '```json\n{"idcc":"1486"}\n```')).toMatchObject({
      toolName: 'checkMembership',
      input: '{"idcc":"1486"}',
    });
  });

  it('stops (null) on an unknown tool, truncated JSON, or a call it cannot change', async () => {
    expect(await repair('transferFunds', '{"amount":1000000}')).toBeNull();
    expect(
      await repair('simulateFunding', '{"scheme": "plan_developpement_competences", "hours": '),
    ).toBeNull();
    expect(await repair('simulateFunding', '{"hours":"beaucoup"}')).toBeNull();
  });
});
