import { defineRule } from '../../../engine/rule.js'
import { callWords } from '../_utils/c.js'
import { isConstantFormat } from '../_utils/format.js'

const ONE_ARG = 'printf|printk|g_print|g_printerr|warn|warnx'
const TWO_ARGS = 'fprintf|dprintf|sprintf|syslog|err|errx|BIO_printf'
const THREE_ARGS = 'snprintf|_snprintf'

export default defineRule({
  id: 'c/use-literal-format-string',
  languages: ['c', 'cpp'],
  title: 'Data passed as the format string of printf',
  property: 'memory.format',
  cwe: ['CWE-134'],
  severity: 'high',
  confidence: 'high',
  message: '{{FN}} uses {{FMT}} as its format string; print it through "%s" instead',
  rationale:
    'printf(msg) treats every % sequence in msg as a conversion: a message containing %x or %s dumps the stack, and %n writes to memory, so data that reaches the format position gives an attacker a read and write primitive (CWE-134).',
  safeAlternative: 'Pass a literal format: printf("%s", msg), fprintf(fp, "%s", msg), syslog(LOG_ERR, "%s", msg), or use puts/fputs.',
  match: {
    rule: {
      kind: 'call_expression',
      all: [
        { has: { field: 'function', regex: `^(?:::)?(?:std::)?(?:${ONE_ARG}|${TWO_ARGS}|${THREE_ARGS})$` } },
        // the last argument, bound to $F for the fix
        { has: { field: 'arguments', has: { pattern: '$F', nthChild: { position: 1, reverse: true } } } },
      ],
    },
  },
  // `err` and `warn` are parts of `stderr` and `warning`: look for their calls
  requires: { words: ['print', 'syslog', 'errx', 'warnx', ...callWords(['err', 'warn'])] },
  check(node, ctx) {
    const fmt = node.getMatch('F')
    const fn = node.field('function')
    if (!fmt || !fn) return false
    const name = fn.text().replace(/^(?:::)?(?:std::)?/, '')
    const arity = ctx.flow.callArguments(node).length
    const expected = new RegExp(`^(?:${ONE_ARG})$`).test(name) ? 1 : new RegExp(`^(?:${TWO_ARGS})$`).test(name) ? 2 : 3
    if (arity !== expected) return false
    if (fmt.range().start.line !== node.range().start.line) return false
    if (isConstantFormat(fmt, ctx)) return false
    return { node: fmt, data: { FN: name, FMT: fmt.text() } }
  },
  fix: {
    template: '"%s", $F',
    kind: 'safe',
    description: 'Print the data through a literal "%s" format so % sequences in it are not interpreted.',
  },
})
