import { z } from 'zod'
import { ToolkitError } from '../core/errors.js'

/** A conversation securegen can screen was malformed: wrong shape, too large, or not text. */
export class ConversationError extends ToolkitError {
  constructor(
    readonly code: 'SCREEN_CONVERSATION_INVALID' | 'SCREEN_INPUT_TOO_LARGE' | 'SCREEN_INPUT_EMPTY',
    message: string,
  ) {
    super(message)
  }
}

/** Limits that keep screening bounded: well above any real chat, far below what would stall the gate. */
export const SCREEN_LIMITS = { maxChars: 1_000_000, maxMessages: 2_000 } as const

const TextPartSchema = z.object({ type: z.literal('text'), text: z.string() })
// Images, audio and files carry no text to screen; they are accepted and ignored.
const OtherPartSchema = z.object({ type: z.string().refine((t) => t !== 'text', 'a text part needs a "text" string') }).loose()
const ContentSchema = z.union([z.string(), z.array(z.union([TextPartSchema, OtherPartSchema])), z.null()])

const ToolCallSchema = z
  .object({ function: z.object({ name: z.string().optional(), arguments: z.string().optional() }).loose().optional() })
  .loose()

/** One chat message in the OpenAI `messages` format; every role is screened, including tool output. */
export const MessageSchema = z
  .object({
    role: z.enum(['system', 'developer', 'user', 'assistant', 'tool', 'function']),
    content: ContentSchema.optional(),
    name: z.string().optional(),
    tool_calls: z.array(ToolCallSchema).optional(),
    tool_call_id: z.string().optional(),
  })
  .loose()
export type Message = z.infer<typeof MessageSchema>
export type Role = Message['role']

export const ConversationSchema = z.object({ messages: z.array(MessageSchema).min(1, 'a conversation needs at least one message') }).loose()
export type Conversation = z.infer<typeof ConversationSchema>

/** The role and text of one message, as the screener reads it. */
export interface ScreenedMessage {
  role: Role
  text: string
}

/**
 * Validates a conversation from outside the process and flattens each message to its text.
 * Throws ConversationError naming the field that is wrong and how to fix it.
 * @example parseConversation({ messages: [{ role: 'user', content: 'sort a list in Go' }] })
 */
export function parseConversation(input: unknown): ScreenedMessage[] {
  if (typeof input === 'string') return checked([{ role: 'user', text: input }])
  const parsed = ConversationSchema.safeParse(input)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const where = issue.path.length ? `messages${issue.path.slice(1).map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}` : 'the conversation'
    throw new ConversationError(
      'SCREEN_CONVERSATION_INVALID',
      `${where}: ${issue.message}. A conversation is {"messages": [{"role": "user", "content": "..."}]} with roles system, developer, user, assistant or tool, and content a string or an array of {"type": "text", "text": "..."} parts.`,
    )
  }
  if (parsed.data.messages.length > SCREEN_LIMITS.maxMessages) {
    throw new ConversationError('SCREEN_INPUT_TOO_LARGE', `The conversation has ${parsed.data.messages.length} messages; the screener accepts at most ${SCREEN_LIMITS.maxMessages}. Screen the most recent messages, or split the conversation.`)
  }
  return checked(parsed.data.messages.map((m) => ({ role: m.role, text: textOf(m) })))
}

function textOf(message: Message): string {
  const parts: string[] = []
  const content = message.content
  if (typeof content === 'string') parts.push(content)
  else if (Array.isArray(content)) for (const part of content) if (part.type === 'text' && typeof part.text === 'string') parts.push(part.text)
  // Tool-call arguments are model output that later turns act on: screen them too.
  for (const call of message.tool_calls ?? []) if (call.function?.arguments) parts.push(call.function.arguments)
  return parts.join('\n')
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function checked(messages: ScreenedMessage[]): ScreenedMessage[] {
  const chars = messages.reduce((n, m) => n + m.text.length, 0)
  if (chars > SCREEN_LIMITS.maxChars) {
    throw new ConversationError('SCREEN_INPUT_TOO_LARGE', `The conversation has ${chars} characters of text; the screener accepts at most ${SCREEN_LIMITS.maxChars}. Trim pasted files or screen them separately.`)
  }
  if (chars === 0 || messages.every((m) => !m.text.trim())) {
    throw new ConversationError('SCREEN_INPUT_EMPTY', 'The conversation has no text to screen. Give the request as a string or as messages with text content.')
  }
  // Lone surrogates come from broken encoders; they cannot be valid text, so reject rather than guess.
  for (const [i, m] of messages.entries()) {
    if (LONE_SURROGATE.test(m.text)) {
      throw new ConversationError('SCREEN_CONVERSATION_INVALID', `messages[${i}] contains invalid Unicode (a lone surrogate). Send the text as valid UTF-8.`)
    }
  }
  return messages
}
