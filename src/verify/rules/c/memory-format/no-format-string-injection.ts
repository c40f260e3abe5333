import { defineRule } from '../../../engine/rule.js'
import { calleeName } from '../_utils/c.js'
import { FORMAT_WORDS, isConstantFormat, formatIndex } from '../_utils/format.js'

export default defineRule({
  id: 'c/no-format-string-injection',
  languages: ['c', 'cpp'],
  title: 'printf-family call with a non-literal format string',
  property: 'memory.format',
  cwe: ['CWE-134'],
  severity: 'high',
  confidence: 'high',
  message: '{{FN}} takes its format from {{FMT}}, which is not a string literal',
  rationale:
    'printf interprets every % in its format: when the format comes from input, %x and %s read the stack (leaking pointers and secrets) and %n writes to memory, which turns the call into an arbitrary write and code execution (CWE-134).',
  safeAlternative: 'Always pass a literal format and the data as an argument: printf("%s", msg); fprintf(fp, "%s", msg); syslog(LOG_INFO, "%s", msg).',
  match: { rule: { kind: 'call_expression', has: { field: 'function', regex: '^(?:::)?(?:std::)?[A-Za-z_]\\w*$' } } },
  // the printf family, or a variadic wrapper of this file (`log_msg(const char *fmt, ...)`)
  requires: { words: FORMAT_WORDS },
  check(node, ctx) {
    const index = formatIndex(node, ctx)
    if (index === undefined) return false
    const args = ctx.flow.callArguments(node)
    const fmt = args[index]
    if (!fmt) return false
    // `printf(s)` / `fprintf(fp, s)`: reported (with a fix) by c/use-literal-format-string
    const name = calleeName(node)
    if (index === args.length - 1 && !/^v|^w|^sw|^fw|wprintf|W$/.test(name) && !/^(?:sqlite3_mprintf|sqlite3_snprintf|asprintf|g_strdup_printf)$/.test(name) && fmt.range().start.line === node.range().start.line) {
      if (/^(?:printf|fprintf|dprintf|sprintf|snprintf|syslog|err|errx|warn|warnx|printk|g_print|g_printerr|BIO_printf|_snprintf)$/.test(name)) return false
    }
    if (isConstantFormat(fmt, ctx)) return false
    return { data: { FN: name, FMT: fmt.text() } }
  },
})
