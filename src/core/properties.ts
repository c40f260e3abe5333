import { z } from 'zod'

/** The security properties securegen promises, with the CWEs each one covers (DESIGN.md). */
export const SECURITY_PROPERTIES = {
  'memory.bounds': { promise: 'no out-of-bounds read or write', cwe: [119, 120, 121, 122, 125, 131, 170, 787, 805] },
  'memory.lifetime': { promise: 'no use after free, double free, dangling or leaked memory', cwe: [415, 416, 401, 562, 825] },
  'memory.init': { promise: 'no read of uninitialised memory', cwe: [457, 908] },
  'memory.null': { promise: 'no null dereference', cwe: [476, 690] },
  'memory.integer': { promise: 'no integer overflow that reaches a size or index', cwe: [190, 191, 680] },
  'memory.format': { promise: 'no attacker-controlled format strings', cwe: [134] },
  'memory.unsafe-escape': { promise: "no escape hatch out of the language's safety", cwe: [242, 676] },
  'sandbox.process': { promise: 'no process spawning or shell', cwe: [78, 88] },
  'sandbox.dynamic-code': { promise: 'no eval, exec, dynamic loading', cwe: [94, 95, 470] },
  'sandbox.fs': { promise: 'file access only inside declared roots; no path traversal', cwe: [22, 73] },
  'sandbox.net': { promise: 'network access only to declared hosts; no SSRF', cwe: [918] },
  'sandbox.native': { promise: 'no FFI or native library loading', cwe: [111, 114] },
  'sandbox.deserialization': { promise: 'no deserialization of untrusted data into objects', cwe: [502] },
  'injection.sql': { promise: 'queries built safely', cwe: [89] },
  'injection.xss': { promise: 'markup built safely', cwe: [79] },
  'injection.template': { promise: 'templates never built from untrusted data', cwe: [1336] },
  'crypto.hash': { promise: 'strong hash and cipher primitives', cwe: [327, 328] },
  'crypto.random': { promise: 'cryptographic randomness for security values', cwe: [330, 338] },
  'crypto.tls': { promise: 'verified TLS', cwe: [295] },
  'crypto.secrets': { promise: 'no hard-coded secrets', cwe: [798] },
  'resource.limits': { promise: 'bounded loops, allocation, recursion on untrusted input', cwe: [400, 770] },
} as const satisfies Record<string, { promise: string; cwe: readonly number[] }>

export type SecurityPropertyId = keyof typeof SECURITY_PROPERTIES
export const PROPERTY_IDS = Object.keys(SECURITY_PROPERTIES) as SecurityPropertyId[]
export const SecurityPropertySchema = z.enum(PROPERTY_IDS as [SecurityPropertyId, ...SecurityPropertyId[]])

/** The ten languages securegen verifies. */
export const LANGUAGE_IDS = ['c', 'cpp', 'rust', 'go', 'java', 'python', 'javascript', 'typescript', 'csharp', 'php'] as const
export type LanguageId = (typeof LANGUAGE_IDS)[number]
export const LanguageSchema = z.enum(LANGUAGE_IDS)

const MEMORY_NATIVE = ['memory.bounds', 'memory.lifetime', 'memory.init', 'memory.null', 'memory.integer', 'memory.format'] as const
const SANDBOX_ALL = ['sandbox.process', 'sandbox.fs', 'sandbox.net', 'sandbox.native'] as const
const SANDBOX_MANAGED = [...SANDBOX_ALL, 'sandbox.dynamic-code', 'sandbox.deserialization'] as const
const CRYPTO = ['crypto.hash', 'crypto.random', 'crypto.tls', 'crypto.secrets'] as const
const INJECTION_WEB = ['injection.sql', 'injection.xss', 'injection.template'] as const

/**
 * Which properties apply to which language: where the language has the hazard at all.
 * A pair that applies must be covered by at least one rule; a pair that does not is reported
 * as `holds` with the evidence that the language cannot express the hazard.
 */
export const APPLICABLE_PROPERTIES: Record<LanguageId, readonly SecurityPropertyId[]> = {
  c: [...MEMORY_NATIVE, ...SANDBOX_ALL, 'injection.sql', ...CRYPTO, 'resource.limits'],
  cpp: [...MEMORY_NATIVE, ...SANDBOX_ALL, 'injection.sql', ...CRYPTO, 'resource.limits'],
  rust: ['memory.unsafe-escape', ...SANDBOX_ALL, ...INJECTION_WEB, ...CRYPTO, 'resource.limits'],
  go: ['memory.unsafe-escape', ...SANDBOX_ALL, ...INJECTION_WEB, ...CRYPTO, 'resource.limits'],
  java: ['memory.unsafe-escape', ...SANDBOX_MANAGED, ...INJECTION_WEB, ...CRYPTO, 'resource.limits'],
  python: ['memory.unsafe-escape', ...SANDBOX_MANAGED, ...INJECTION_WEB, ...CRYPTO, 'resource.limits'],
  csharp: ['memory.unsafe-escape', ...SANDBOX_MANAGED, ...INJECTION_WEB, ...CRYPTO, 'resource.limits'],
  javascript: [...SANDBOX_MANAGED, ...INJECTION_WEB, ...CRYPTO, 'resource.limits'],
  typescript: [...SANDBOX_MANAGED, ...INJECTION_WEB, ...CRYPTO, 'resource.limits'],
  php: [...SANDBOX_MANAGED, ...INJECTION_WEB, ...CRYPTO, 'resource.limits'],
}

export function appliesTo(language: LanguageId, property: SecurityPropertyId): boolean {
  return APPLICABLE_PROPERTIES[language].includes(property)
}

export function cweIds(property: SecurityPropertyId): string[] {
  return SECURITY_PROPERTIES[property].cwe.map((n) => `CWE-${n}`)
}
