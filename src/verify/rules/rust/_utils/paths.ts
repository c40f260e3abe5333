/**
 * Path confinement (sandbox.fs) for Rust and Go: a path is a finding when external input reaches it,
 * or when it joins a base directory with non-constant data, unless a containment check precedes it.
 */
import type { SgNode } from '@ast-grep/napi'
import type { RuleContext } from '../../../engine/rule.js'
import { isConstant } from './origin.js'
import { definitionsOf, isExternalValue, literalText, textBefore } from './shared.js'

export interface PathPolicy {
  /** callees that make a path component safe (`file_name`, `filepath.Base`) */
  sanitizers: RegExp
  /** text before the sink that proves containment (`starts_with`, `filepath.Rel`) */
  containment: RegExp
}

export const RUST_PATHS: PathPolicy = {
  // Path::file_name keeps the last component; a multipart field's file_name() is the raw client value.
  sanitizers: /(?<!field|part|upload|multipart|item|entry_field)\.(?:file_name|file_stem)$|(?:^|\.|::)(?:sanitize|sanitize_filename|sanitize_path|sanitize_with_options|safe_join|secure_join|is_safe_path)$/,
  containment:
    /\.starts_with\s*\(|Component::ParentDir|Component::Normal|\.components\s*\(\s*\)|contains\s*\(\s*"\.\."\s*\)|contains\s*\(\s*'\.'\s*\)|is_safe_path|safe_join|secure_join|path_clean|\.is_absolute\s*\(\s*\)|normalize_path|sanitize/,
}

export const GO_PATHS: PathPolicy = {
  sanitizers: /^(?:filepath|path)\.Base$|^securejoin\.SecureJoin$|(?:^|\.)(?:[sS]anitize\w*|[sS]afeJoin|[sS]ecureJoin)$/,
  containment:
    /filepath\.Rel\s*\(|filepath\.IsLocal\s*\(|strings\.HasPrefix\s*\(|filepath\.HasPrefix|filepath\.Base\s*\(|path\.Base\s*\(|strings\.Contains\s*\([^)]*"\.\."|strings\.Contains\s*\([^)]*`\.\.`|OpenRoot|SecureJoin|[iI]sSafePath|[iI]nsideDir|[iI]sWithin|filepath\.Clean\s*\(\s*"\/"\s*\+|path\.Clean\s*\(\s*"\/"\s*\+|fs\.ValidPath\s*\(|[vV]alidatePath|[sS]anitize/,
}

const DIRISH = /(?:dir|root|base|folder|directory|path|prefix|home|storage|uploads?|static|assets|data)\w*$/i

/** Why the path at a sink is unconfined, or undefined when it is fine. */
export function unconfinedPath(path: SgNode, sink: SgNode, ctx: RuleContext, policy: PathPolicy): string | undefined {
  if (literalText(path) !== undefined) return undefined
  const opts = { sanitizers: policy.sanitizers, numericSanitizes: true }
  if (isExternalValue(path, ctx, opts)) return policy.containment.test(textBefore(sink, ctx)) ? undefined : 'external input'
  if (joinsBase(path, ctx, policy, 0)) return policy.containment.test(textBefore(sink, ctx)) ? undefined : 'a base directory joined with non-constant data'
  return undefined
}

const CTORS = /^(?:(?:std::)?path::)?(?:Path::new|PathBuf::from|String::from|OsStr::new|OsString::from)$|\.(?:to_string|to_owned|into|to_path_buf|as_path|clone)$/

function constantOrBase(node: SgNode, ctx: RuleContext, policy: PathPolicy, depth = 0): boolean {
  if (node.kind() === 'identifier' && depth < 3) {
    const defs = definitionsOf(node.text(), node, ctx)
    if (defs.length && defs.every((d) => constantOrBase(d.value, ctx, policy, depth + 1))) return true
  }
  if (node.kind() === 'call_expression' && CTORS.test(ctx.flow.calleeText(node))) {
    const fn = node.field('function')
    const inner = fn?.kind() === 'field_expression' ? fn.field('value') : ctx.flow.callArguments(node)[0]
    if (inner) return constantOrBase(inner, ctx, policy, depth + 1)
  }
  if (node.kind() === 'reference_expression') {
    const inner = node.namedChildren().at(-1)
    if (inner) return constantOrBase(inner, ctx, policy, depth + 1)
  }
  if (isConstant(node, ctx, { sanitizers: policy.sanitizers, numericSanitizes: true })) return true
  // A configured base directory held in a field: `self.root`, `s.uploadDir`.
  const text = node.text().replace(/^&/, '')
  return /^(?:self|s|h|srv|server|app|cfg|config|c|st|state)\.\w+$/.test(text) && DIRISH.test(text)
}

function variable(node: SgNode, ctx: RuleContext, policy: PathPolicy): boolean {
  return !isConstant(node, ctx, { sanitizers: policy.sanitizers, numericSanitizes: true })
}

function joinsBase(node: SgNode, ctx: RuleContext, policy: PathPolicy, depth: number): boolean {
  if (depth > 3) return false
  const kind = node.kind()
  if (kind === 'reference_expression' || kind === 'parenthesized_expression' || kind === 'unary_expression') {
    const inner = node.namedChildren().at(-1)
    return inner ? joinsBase(inner, ctx, policy, depth + 1) : false
  }
  if (kind === 'identifier') {
    const defs = definitionsOf(node.text(), node, ctx)
    return defs.some((d) => joinsBase(d.value, ctx, policy, depth + 1))
  }
  if (kind === 'call_expression') {
    const fn = node.field('function')
    const args = ctx.flow.callArguments(node)
    const callee = ctx.flow.calleeText(node)
    if (policy.sanitizers.test(callee)) return false
    // Rust: base.join(x), Path::new(BASE).join(x); Go: filepath.Join(base, x)
    if (fn?.kind() === 'field_expression' && /^(?:join|push|with_file_name)$/.test(fn.field('field')?.text() ?? '')) {
      const recv = fn.field('value')
      if (!recv) return false
      if (args.some((a) => variable(a, ctx, policy)) && (constantOrBase(recv, ctx, policy) || joinsBase(recv, ctx, policy, depth + 1))) return true
      return joinsBase(recv, ctx, policy, depth + 1)
    }
    if (/^(?:filepath|path)\.Join$/.test(callee) && args.length >= 2) {
      return constantOrBase(args[0]!, ctx, policy) && args.slice(1).some((a) => variable(a, ctx, policy))
    }
    if (/^fmt\.Sprintf$/.test(callee) && args[0]) {
      const fmt = literalText(args[0]) ?? ''
      if (!/[/\\]/.test(fmt) || args.slice(1).every((a) => !variable(a, ctx, policy))) return false
      return /^[^%]+[/\\]/.test(fmt) || (/^%[sv][/\\]/.test(fmt) && args[1] !== undefined && constantOrBase(args[1], ctx, policy))
    }
    // PathBuf::from(x), Path::new(x), x.to_string(), filepath.Clean(x): look inside
    if (/(?:^|::|\.)(?:from|new|to_string|to_owned|into|clone|as_path|to_path_buf|Clean|Abs|FromSlash|String)$/.test(callee)) {
      const recv = fn?.kind() === 'field_expression' ? fn.field('value') : fn?.kind() === 'selector_expression' && /\.(?:String)$/.test(callee) ? fn.field('operand') : null
      if (recv) return joinsBase(recv, ctx, policy, depth + 1)
      return args.some((a) => joinsBase(a, ctx, policy, depth + 1))
    }
    return false
  }
  if (kind === 'macro_invocation') {
    const name = node.field('macro')?.text() ?? node.namedChildren()[0]?.text()
    if (name !== 'format') return false
    const tree = node.namedChildren().at(-1)
    const first = tree?.namedChildren()[0]
    const fmt = first ? literalText(first) : undefined
    if (fmt === undefined || !/[/\\]/.test(fmt)) return false
    if (isConstant(node, ctx, { sanitizers: policy.sanitizers, numericSanitizes: true })) return false
    if (/^[^{]+[/\\]/.test(fmt)) return true
    const firstArg = tree!.namedChildren()[1]
    const named = /^\{([A-Za-z_]\w*)\}[/\\]/.exec(fmt)?.[1]
    if (named) return /^[A-Z][A-Z0-9_]*$/.test(named) || DIRISH.test(named)
    return /^\{\}[/\\]/.test(fmt) && firstArg !== undefined && (constantOrBase(firstArg, ctx, policy) || /^[A-Z][A-Z0-9_]*$/.test(firstArg.text()))
  }
  if (kind === 'binary_expression') {
    const op = node.children().find((c) => !c.isNamed())?.text()
    if (op !== '+') return false
    const leftmost = leftmostOperand(node)
    if (!constantOrBase(leftmost, ctx, policy)) return joinsBase(leftmost, ctx, policy, depth + 1)
    const lit = literalText(leftmost) ?? ''
    return (/[/\\]/.test(lit) || /[/\\]/.test(node.text()) || DIRISH.test(leftmost.text())) && variable(node, ctx, policy)
  }
  return false
}

function leftmostOperand(node: SgNode): SgNode {
  let cur = node
  while (cur.kind() === 'binary_expression') cur = cur.field('left') ?? cur.namedChildren()[0]!
  return cur
}
