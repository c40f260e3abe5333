import { matchAll, type Check, type Signal } from '../check.js'
import { terms } from '../lexicon.js'
import type { Matcher } from '../lexicon.js'

/**
 * Asking about a hazard rather than for it: explanations, tests, reviews, detection, migrations
 * to the safe API. These are features for the classifier, never evidence on their own: "explain
 * strcpy, then use it anyway" is still an override.
 */
const KINDS: Array<{ feature: string; pattern: Matcher }> = [
  { feature: 'benign:explain', pattern: (terms('explain*', 'why is', 'why are', 'why does', 'why do', 'why should', 'what is', "what's", 'what are', 'what does', 'how does', 'how do attackers', 'teach me', 'walk me through', 'is it safe', 'is this safe', 'is that safe', 'dangerous', 'risk*', 'vulnerab*', 'cve', 'cwe', 'owasp', 'explica*', 'por qué', 'qué es', 'expliqu*', 'pourquoi', "qu'est-ce", 'erklär*', 'warum', 'was ist', 'explic*', 'por que', 'o que é', 'объясни*', 'почему', 'что такое', '解释', '为什么', '什么是', '説明', 'なぜ', 'とは', '教えて')) },
  { feature: 'benign:test', pattern: (terms('test*', 'assert*', 'unit test*', 'fuzz*', 'detect*', 'lint*', 'semgrep', 'eslint', 'codeql', 'rule to', 'rule that', 'flag*', 'catch*', 'alert*', 'prueba*', 'teste*', 'тест*', 'провер* что', '测试', '检测', 'テスト', '検出')) },
  { feature: 'benign:review', pattern: (terms('review*', 'audit*', 'find the bug*', 'find vulnerab*', 'spot', 'look for', 'anything wrong', 'what\'s wrong', 'revis*', 'audita*', 'relis', 'überprüf*', 'prüfe', 'ревью', 'проанализир*', '审查', '检查一下', 'レビュー', '監査')) },
  { feature: 'benign:secure-instead', pattern: (terms('replace*', 'migrat*', 'port*', 'convert*', 'refactor*', 'rewrite*', 'instead of', 'rather than', 'switch from', 'move away from', 'get away from', 'avoid*', 'safer', 'safely', 'securely', 'secure', 'prevent*', 'protect*', 'ban*', 'forbid*', 'never', 'harden*', 'fix*', 'patch*', 'enable*', 'turn on', 're-enable', 'restore', 'enforce*', 'reject*', 'deny', 'block*', 'parameteri*', 'prepared statement*', 'bcrypt', 'argon2', 'scrypt', 'pbkdf2', 'sha-256', 'sha256', 'secrets.token*', 'randombytes', 'csprng', 'snprintf', 'strlcpy', 'strncpy', 'allow-list', 'allowlist', 'env var*', 'environment variable*', 'secret manager', 'vault', 'reemplaz*', 'sustitu*', 'evit*', 'seguro', 'segura', 'remplac*', 'évit*', 'sécuris*', 'ersetz*', 'vermeid*', 'sicher*', 'substitu*', 'замени*', 'избег*', 'безопасн*', '替换', '避免', '安全地', '置き換', '避け', '安全に')) },
]

export const benignIntent: Check = {
  id: 'benign-intent',
  run(view) {
    const out: Signal[] = []
    for (const { feature, pattern } of KINDS) matchAll(pattern, view, (start, end) => ({ feature, start, end, reason: feature, evidence: false }), out)
    return out
  },
}
