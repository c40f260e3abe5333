import type { SgNode } from '@ast-grep/napi'
import type { RuleContext } from '../../../engine/rule.js'
import { constantPrefix, enclosingFunctionNode, valueOrigin } from './c.js'
import { nodesOfKind } from './file-index.js'

const FIXED_HOST = /^[a-z][a-z0-9+.-]*:\/\/[^/?#@\s%]+[/?#]/i
const ALLOW_CHECK = /\b\w*(?:allow|whitelist|permit|trusted|valid|is_?safe|known_?host|host_?ok)\w*\s*\(/i
/** A comparison with a literal URL or host name: `strcmp(host, "api.example.com")`, `url.rfind("https://api.x/", 0)`. */
const HOST_COMPARE = /\b(?:strcmp|strcasecmp|strncmp|strncasecmp|g_str_equal|g_str_has_prefix|starts_with|rfind|compare)\s*\([^)]*"(?:[a-z][a-z0-9+.-]*:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+[^"\s]*"|[=!]=\s*"(?:[a-z][a-z0-9+.-]*:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+[^"\s]*"|"(?:[a-z][a-z0-9+.-]*:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+[^"\s]*"\s*[=!]=/i

/** An allow-list check before `sink`: a condition calling an allow/valid/trusted function or comparing with a literal. */
export function allowListed(sink: SgNode, _ctx: RuleContext): boolean {
  const fn = enclosingFunctionNode(sink)
  if (!fn) return false
  const conditions = (['if_statement', 'while_statement', 'conditional_expression', 'switch_statement']).flatMap((k) => nodesOfKind(k, fn))
    .filter((s) => s.range().start.index < sink.range().start.index)
    .map((s) => (s.field('condition') ?? s).text())
    .join('\n')
  return ALLOW_CHECK.test(conditions) || HOST_COMPARE.test(conditions)
}

/**
 * Whether a URL or host reaching an outbound request at `sink` is a sandbox.net finding: it
 * derives from external input, it does not start with a constant scheme and host, and no
 * allow-list check precedes it.
 */
export function unsafeDestination(value: SgNode, sink: SgNode, ctx: RuleContext): string | undefined {
  const origin = valueOrigin(value, ctx, { numericSanitizes: true, inertConversions: /^[diouxXfFeEgGaAcp]$/ })
  if (!origin.external) return undefined
  const prefix = constantPrefix(value, ctx)
  if (prefix && FIXED_HOST.test(prefix)) return undefined
  if (allowListed(sink, ctx)) return undefined
  return (origin.source ?? value.text()).replace(/\s+/g, ' ').slice(0, 40)
}
