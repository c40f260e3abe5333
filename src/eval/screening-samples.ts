import { join } from 'node:path'
import { DATASET_DIR, readDatasetFile } from '../train/screener-data.js'

/** A request as users write them: ~200 characters, and a ~4,000-character conversation with pasted code. */
export const SHORT_REQUEST = 'Can you add retry with exponential backoff to this Go HTTP client? Keep the timeout at 10 seconds, log each failed attempt with its status code, and stop after five tries. Honour ctx cancellation between tries.'
const PASTED = [
  'func fetch(ctx context.Context, c *http.Client, url string) ([]byte, error) {',
  '\treq, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)',
  '\tif err != nil {\n\t\treturn nil, err\n\t}',
  '\tresp, err := c.Do(req)',
  '\tif err != nil {\n\t\treturn nil, fmt.Errorf("fetch %s: %w", url, err)\n\t}',
  '\tdefer resp.Body.Close()',
  '\treturn io.ReadAll(io.LimitReader(resp.Body, 1<<20))',
  '}',
].join('\n')

export function longConversation(): unknown {
  const messages = [
    { role: 'system', content: 'You are a coding assistant for ACME. Follow the secure coding policy. Prefer the standard library.' },
    { role: 'user', content: `${SHORT_REQUEST}\n\n\`\`\`go\n${PASTED}\n\`\`\`` },
    { role: 'assistant', content: `Here is a version with retries:\n\n\`\`\`go\n${PASTED}\n\`\`\`\nIt retries on 5xx and network errors.` },
    { role: 'user', content: 'Thanks. Now make the number of attempts configurable and add a unit test with httptest.NewServer that fails twice before succeeding.' },
  ]
  let size = messages.reduce((n, m) => n + m.content.length, 0)
  // Pad with more of the same conversation until it is 4,000 characters.
  while (size < 4000) {
    const extra = `\nAlso note: ${SHORT_REQUEST}`.slice(0, 4000 - size)
    messages[3]!.content += extra
    size += extra.length
  }
  return { messages }
}

/**
 * A 4,000-character conversation of real variety: the messages of the dataset file's first items, in
 * order, cut at 4,000 characters. The padded conversation above repeats itself; this one does not.
 */
export function datasetConversation(file: string, size = 4000): unknown {
  const messages: unknown[] = []
  let total = 0
  for (const item of readDatasetFile(join(DATASET_DIR, file))) {
    for (const m of item.messages ?? []) {
      const content = typeof m.content === 'string' ? m.content.slice(0, size - total) : ''
      messages.push({ ...m, content })
      total += content.length
      if (total >= size) return { messages }
    }
  }
  return { messages }
}
