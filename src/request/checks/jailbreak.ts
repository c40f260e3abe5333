import { matchAll, type Check, type Signal } from '../check.js'
import { either, near, terms, type Matcher } from '../lexicon.js'

const EARLIER = terms('previous', 'prior', 'above', 'earlier', 'preceding', 'initial', 'original', 'all', 'any', 'your', 'the', 'system', 'safety', 'security', 'those', 'these', 'anteriores', 'previas', 'précédentes', 'vorherigen', 'bisherigen', 'obigen', 'предыдущие', 'все', '之前', '以上', '所有', '以前', 'これまで', '上記')
const RULES = terms('instruction*', 'rules', 'rule', 'prompt*', 'guideline*', 'directions', 'directive*', 'policy', 'policies', 'restriction*', 'constraint*', 'guardrail*', 'filters', 'programming', 'training', 'instrucciones', 'reglas', 'instructions', 'règles', 'anweisung*', 'regeln', 'instruções', 'regras', 'инструкци*', 'правил*', '指令', '指示', '规则', '限制', 'ルール', '制限')
const DROP = terms('ignor*', 'disregard*', 'forget', 'override', 'bypass', 'drop', 'abandon', 'discard', 'set aside', 'suspend*', 'olvida', 'omite', 'oublie', 'vergiss', 'esqueça', 'esquece', 'забудь', 'игнорир*', '忘记', '忽略', '無視', '忘れ')

const PATTERNS: Array<{ feature: string; reason: string; pattern: Matcher }> = [
  { feature: 'jailbreak:ignore-rules', reason: 'tells the assistant to drop its instructions', pattern: (near(DROP, near(EARLIER, RULES, 2), 2)) },
  {
    feature: 'jailbreak:persona',
    reason: 'asks the assistant to become an unrestricted persona',
    pattern: (
      terms('developer mode', 'dev mode', 'god mode', 'debug mode enabled', 'jailbreak*', 'jailbroken', 'do anything now', 'dan mode', 'you are dan', 'act as dan', 'unfiltered', 'uncensored', 'unrestricted', 'no restrictions', 'no rules', 'no filters', 'no limitations', 'no guardrails', 'no guidelines', 'no safety', 'without restrictions', 'without any restrictions', 'without filters', 'without guardrails', 'without limitations', 'without censorship', 'opposite mode', 'evil mode', 'evil twin', 'unlocked mode', 'sudo mode', 'admin override', 'root access granted', 'stay in character', 'never refuse', "can't refuse", 'cannot refuse', 'must not refuse', 'do not refuse', "don't refuse", 'without refusing', 'no disclaimers', 'no warnings', 'modo desarrollador', 'sin restricciones', 'mode développeur', 'sans restrictions', 'entwicklermodus', 'ohne einschränkungen', 'modo desenvolvedor', 'sem restrições', 'режим разработчика', 'без ограничений', 'без цензуры', '开发者模式', '无限制', '没有限制', '不受限制', '开发模式', '開発者モード', '制限なし', '制限のない', '無制限')
    ),
  },
  {
    feature: 'jailbreak:policy-off',
    reason: 'declares the security policy switched off',
    pattern: either(
        near(terms('disable', 'turn off', 'switch off', 'deactivate', 'override', 'bypass', 'suspend', 'lift', 'drop'), terms('safety', 'security', 'content', 'secure-by-default', 'secure coding', 'guardrail*', 'filter*', 'policy', 'policies', 'rules', 'mode'), 2),
        near(terms('safety', 'security', 'secure coding', 'secure-by-default'), terms('suspended', 'disabled', 'lifted', 'off', 'waived', 'deactivated', 'not apply', "doesn't apply", 'do not apply', "don't apply", 'no longer apply'), 4),
        terms('new system prompt', 'new instructions', 'updated instructions', 'real instructions', 'true instructions', 'system override', 'from now on you', 'from now on, you', 'you are no longer', 'you are now free', 'your new role', 'you have been freed', 'you have no rules')
    ),
  },
]

/** Generic jailbreaks: overrides of the whole policy rather than of one property. */
export const jailbreak: Check = {
  id: 'jailbreak',
  run(view) {
    const out: Signal[] = []
    for (const { feature, reason, pattern } of PATTERNS) matchAll(pattern, view, (start, end) => ({ feature, start, end, reason, category: 'jailbreak', evidence: true }), out)
    return out
  },
}
