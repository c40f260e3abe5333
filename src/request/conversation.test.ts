import { describe, expect, it } from 'vitest'
import { ConversationError, parseConversation, SCREEN_LIMITS } from './conversation.js'

function errorOf(input: unknown): ConversationError {
  try {
    parseConversation(input)
  } catch (error) {
    if (error instanceof ConversationError) return error
    throw error
  }
  throw new Error('expected a ConversationError')
}

describe('parseConversation', () => {
  it('flattens every role, text parts and tool-call arguments', () => {
    const messages = parseConversation({
      messages: [
        { role: 'system', content: 'You are a coding assistant.' },
        { role: 'user', content: [{ type: 'text', text: 'Summarise this page' }, { type: 'image_url', image_url: { url: 'x' } }] },
        { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'fetch', arguments: '{"url":"https://example.com"}' } }] },
        { role: 'tool', tool_call_id: 'c1', content: 'page text' },
      ],
    })
    expect(messages).toEqual([
      { role: 'system', text: 'You are a coding assistant.' },
      { role: 'user', text: 'Summarise this page' },
      { role: 'assistant', text: '{"url":"https://example.com"}' },
      { role: 'tool', text: 'page text' },
    ])
    expect(parseConversation('plain text request')).toEqual([{ role: 'user', text: 'plain text request' }])
  })

  it('names the field that is wrong in malformed conversations', () => {
    expect(errorOf({}).message).toMatch(/^messages: .*"messages": \[/)
    expect(errorOf({ messages: [] }).message).toMatch(/at least one message/)
    expect(errorOf({ messages: [{ role: 'hacker', content: 'x' }] }).message).toMatch(/^messages\[0\]\.role: /)
    expect(errorOf({ messages: [{ role: 'user', content: 42 }] }).message).toMatch(/^messages\[0\]\.content: /)
    expect(errorOf({ messages: [{ role: 'user', content: [{ type: 'text' }] }] }).message).toMatch(/^messages\[0\]\.content/)
    expect(errorOf([{ role: 'user', content: 'x' }]).code).toBe('SCREEN_CONVERSATION_INVALID')
    expect(errorOf(null).code).toBe('SCREEN_CONVERSATION_INVALID')
  })

  it('rejects huge, empty and badly encoded input with a clear code', () => {
    expect(errorOf('x'.repeat(SCREEN_LIMITS.maxChars + 1)).code).toBe('SCREEN_INPUT_TOO_LARGE')
    expect(errorOf({ messages: Array.from({ length: SCREEN_LIMITS.maxMessages + 1 }, () => ({ role: 'user', content: 'hi' })) }).code).toBe('SCREEN_INPUT_TOO_LARGE')
    expect(errorOf('   ').code).toBe('SCREEN_INPUT_EMPTY')
    expect(errorOf({ messages: [{ role: 'user', content: 'bad \ud800 text' }] }).message).toMatch(/messages\[0\] contains invalid Unicode/)
  })
})
