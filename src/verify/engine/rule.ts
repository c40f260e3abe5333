import type { NapiConfig, SgNode } from '@ast-grep/napi'
import type { ConfidenceLevel, Severity } from '../../core/finding.js'
import type { LanguageId, SecurityPropertyId } from '../../core/properties.js'
import type { DataFlow } from './dataflow.js'

/** What a rule's `check` sees besides the matched node. */
export interface RuleContext {
  language: LanguageId
  source: string
  root: SgNode
  /** intraprocedural data flow over this file's tree */
  flow: DataFlow
}

/** A refined hit: report at another node, fill message data, or lower the confidence. */
export interface RuleHit {
  node?: SgNode
  data?: Record<string, string>
  confidence?: ConfidenceLevel
}

export interface RuleFix {
  /** replacement for the reported node; `$NAME` is the text of metavariable `$NAME` */
  template: string
  kind: 'safe' | 'unsafe'
  description: string
}

/** One security rule: metadata, a structural matcher on the tree-sitter tree, optional code. */
export interface Rule {
  /** `<language>/<rule-id>`, matching the file `rules/<language>/<property>/<rule-id>.ts` */
  id: string
  /** languages it runs on; shared rules list several (`['javascript', 'typescript']`) */
  languages: readonly LanguageId[]
  title: string
  property: SecurityPropertyId
  cwe: readonly string[]
  severity: Severity
  confidence: ConfidenceLevel
  /** one line that stands alone; `{{NAME}}` is replaced by metavariable `$NAME` or `data.NAME` */
  message: string
  /** why it matters: the risk and how it is exploited */
  rationale: string
  /** what to write instead */
  safeAlternative: string
  status?: 'experimental' | 'stable'
  references?: readonly string[]
  /** ast-grep rule object, matched once per file on the shared tree */
  match: NapiConfig
  /**
   * Words one of which every file the rule can report contains (API names, key names). The rule is
   * skipped on files without any, before ast-grep compiles it. Without it, the engine derives words
   * from literal names in `match` where it can (see engine/prefilter.ts); declare them for rules
   * anchored on a node kind alone. The cases check the declaration: a word missing from a real
   * finding makes an invalid case fail.
   */
  requires?: { words: readonly string[]; ignoreCase?: boolean }
  /** code for what a pattern cannot say (data flow, guards); return false to drop the match */
  check?: (node: SgNode, ctx: RuleContext) => boolean | RuleHit
  fix?: RuleFix
}

/** Declares a rule; the identity function that gives rule files their type. */
export function defineRule(rule: Rule): Rule {
  return rule
}

export interface InvalidCase {
  code: string
  /** 1-based line of the expected finding; defaults to any line */
  line?: number
  /** only for this language among the rule's languages */
  lang?: LanguageId
  /** the code after the rule's fix is applied */
  output?: string
}

export interface ValidCase {
  code: string
  lang?: LanguageId
}

/** A rule's cases: code that must not be reported, and code that must be reported exactly once. */
export interface RuleCases {
  valid: ReadonlyArray<string | ValidCase>
  invalid: ReadonlyArray<string | InvalidCase>
}

export function defineCases(cases: RuleCases): RuleCases {
  return cases
}
