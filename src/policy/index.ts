export { DEFAULT_POLICY, durationMs, loadPolicy, parsePolicy, policyJsonSchema, PolicyError, PolicySchema, OverrideRuleSchema, type OverrideRule, type Policy } from './policy.js'
