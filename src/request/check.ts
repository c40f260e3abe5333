import type { SecurityPropertyId } from '../core/properties.js'
import type { Role } from './conversation.js'
import type { Matcher } from './lexicon.js'
import type { View } from './normalize.js'

/** How an override is asked for: the categories of the screening result. */
export const SCREEN_CATEGORIES = ['explicit', 'indirect', 'roleplay', 'obfuscation', 'multilingual', 'injection', 'multi-turn', 'jailbreak'] as const
export type ScreenCategory = (typeof SCREEN_CATEGORIES)[number]

/** What a check saw in one view: a feature for the classifier and, when it is evidence, its span. */
export interface Signal {
  /** classifier feature name, e.g. `intent:disable` */
  feature: string
  /** skeleton [start, end) in the view */
  start: number
  end: number
  reason: string
  property?: SecurityPropertyId
  category?: ScreenCategory
  /** whether the span is shown as evidence of an override */
  evidence: boolean
}

/** A request check: pure, reads one view of one message. */
export interface Check {
  id: string
  run: (view: View, role: Role) => Signal[]
}

/** Runs a lexicon matcher over a view and turns each match into a signal, appended to `into` when given. */
export function matchAll(matcher: Matcher, view: View, make: (start: number, end: number) => Signal, into: Signal[] = []): Signal[] {
  for (const m of matcher.find(view.text)) into.push(make(m.start, m.end))
  return into
}
