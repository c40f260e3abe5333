import { matchAll, type Check } from '../check.js'
import { either, near, terms } from '../lexicon.js'

const MODEL = terms('ai', 'ais', 'assistant*', 'llm*', 'model', 'language model', 'copilot', 'chatgpt', 'claude', 'gpt', 'gemini', 'bot', 'bots', 'agent*', 'code generator', 'codegen', 'automated tool*', 'ia', 'ki', 'ии', '人工智能', '助手', '模型', 'アシスタント')
const ADDRESS = either(
  near(terms('note to', 'note for', 'message to', 'message for', 'instructions for', 'instruction for', 'attention', 'hey', 'dear', 'important for', 'notice to'), MODEL, 2),
  near(MODEL, terms('must', 'should', 'shall', 'need to', 'needs to', 'is required to', 'are required to', 'always', 'never', 'will', 'reading this', 'processing this', 'that reads', 'must not', 'debe', 'doit', 'muss', 'deve', 'должен', '必须', '必要'), 3),
  terms('ignore the user', 'do not tell the user', "don't tell the user", 'without telling the user', "don't mention this", 'do not mention this', 'hidden instruction*', 'system:', '[system]', '<system>', '### system', 'begin system', 'end of user input', 'when generating code', 'when you generate code', 'when writing code for this', 'when you write code', 'any code you write', 'all generated code', 'the assistant must')
)

/**
 * Instructions addressed to the model inside supplied context — pasted files, tool output,
 * retrieved pages, earlier turns. The requester did not write them, so an override there is an
 * injection, never a legitimate exception.
 */
export const injection: Check = {
  id: 'injection',
  run(view) {
    return matchAll(INSTRUCTION, view, (start, end) => ({ feature: 'inject:address-model', start, end, reason: 'addresses instructions to the assistant', category: 'injection', evidence: true }))
  },
}

const INSTRUCTION = (ADDRESS)
