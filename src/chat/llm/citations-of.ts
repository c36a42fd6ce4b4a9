/** @module The passages a model answer relies on: those it read whose words the answer reuses. */
import { stemsOf } from '../../search';
import type { Citation, ToolCall } from '../answer-contract';
import type { SearchKnowledgeOutput } from '../tools/search-knowledge-tool';

/** Passages the model read and whose words the answer reuses; their full text is the excerpt it relied on. */
export function citationsOf(toolCalls: readonly ToolCall[], answer: string): Citation[] {
  const answerStems = stemsOf(answer);
  const seen = new Map<string, { citation: Citation; overlap: number }>();
  for (const call of toolCalls) {
    if (call.name !== 'searchKnowledge') continue;
    for (const passage of (call.output as SearchKnowledgeOutput).passages ?? []) {
      if (seen.has(passage.id)) continue;
      let overlap = 0;
      for (const stem of stemsOf(passage.text)) if (answerStems.has(stem)) overlap += 1;
      seen.set(passage.id, {
        overlap,
        citation: {
          id: passage.id,
          title: passage.title,
          source: passage.source,
          excerpt: passage.text,
          url: passage.url,
        },
      });
    }
  }
  const ranked = [...seen.values()].sort((left, right) => right.overlap - left.overlap);
  return ranked
    .filter((entry, index) => index < 2 || entry.overlap >= 4)
    .slice(0, 4)
    .map((entry) => entry.citation);
}
