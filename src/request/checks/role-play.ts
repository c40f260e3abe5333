import { matchAll, type Check } from '../check.js'
import { terms } from '../lexicon.js'

const FRAMING = (
  terms('pretend*', 'imagine', 'role-play*', 'roleplay*', 'role play', 'act as', 'acting as', 'you are now', 'play the role', 'play a', 'hypothetical*', 'in theory', 'suppose', "let's say", 'what if', 'ctf', 'capture the flag', 'for a demo', 'demo only', 'just a demo', 'only a demo', 'just for testing', 'just for fun', 'for a class', 'for a lecture', 'for a workshop', 'for training', 'proof of concept', 'poc', 'educational purpose*', 'for research', 'for a story', 'for a novel', 'for a movie', 'for a screenplay', 'for a game', 'in a story', 'fiction*', 'fictional', 'a character who', 'my grandma', 'my grandmother', 'bedtime story', 'simulate', 'simulation', 'intentionally vulnerable', 'deliberately vulnerable', 'vulnerable version', 'vulnerable on purpose', 'imagina', 'finge', 'supongamos', 'solo para una demo', 'solo para demo', 'fais semblant', 'imaginons', 'juste pour une démo', 'stell dir vor', 'tu so als', 'nur für eine demo', 'nur für die demo', 'finja', 'imagine', 'só para uma demo', 'só para demo', 'представь*', 'притвори*', 'только для демо', 'гипотетически', '假设', '假装', '扮演', '仅用于演示', '只是演示', '想像', '仮に', 'ふりをして', 'デモ用', 'ロールプレイ')
)

/** Role-play and hypothetical framing: a signal, evidence only next to an actual override. */
export const rolePlay: Check = {
  id: 'role-play',
  run(view) {
    return matchAll(FRAMING, view, (start, end) => ({ feature: 'roleplay:framing', start, end, reason: 'frames the request as role-play or a hypothetical', category: 'roleplay', evidence: false }))
  },
}
