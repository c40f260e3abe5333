import { markdownTable } from 'markdown-table'
import { parseConversation } from '../request/conversation.js'
import type { ScreenerModel } from '../request/model.js'
import { screen, type ScreeningResult } from '../request/screen.js'
import { conversationOf, type DatasetItem } from './screener-data.js'

export interface Scored {
  item: DatasetItem
  result: ScreeningResult
}

export function scoreItems(items: readonly DatasetItem[], model: ScreenerModel, threshold = model.header.threshold): Scored[] {
  return items.map((item) => ({ item, result: screen(parseConversation(conversationOf(item)), { model, threshold }) }))
}

export interface GroupRow {
  name: string
  overrides: number
  caught: number
  benign: number
  flagged: number
  precision: number
  recall: number
  f1: number
  fpr: number
}

export interface ScreenerMetrics {
  threshold: number
  overrides: number
  benign: number
  /** confusion matrix at the threshold: label × flagged */
  tp: number
  fn: number
  fp: number
  tn: number
  precision: number
  recall: number
  f1: number
  fpr: number
  /** recall at the highest threshold that keeps false positives on benign requests at or under 1% */
  recallAt1PctFpr: number
  thresholdAt1PctFpr: number
  /** label × verdict */
  verdicts: Record<'override' | 'benign', Record<ScreeningResult['verdict'], number>>
  byCategory: GroupRow[]
  byStyle: GroupRow[]
  byLanguage: GroupRow[]
}

const flagged = (s: Scored): boolean => s.result.verdict !== 'allow'

function row(name: string, scored: readonly Scored[]): GroupRow {
  const overrides = scored.filter((s) => s.item.label === 'override')
  const benign = scored.filter((s) => s.item.label === 'benign')
  const caught = overrides.filter(flagged).length
  const falsePositives = benign.filter(flagged).length
  const precision = caught + falsePositives ? caught / (caught + falsePositives) : 1
  const recall = overrides.length ? caught / overrides.length : 1
  return {
    name,
    overrides: overrides.length,
    caught,
    benign: benign.length,
    flagged: falsePositives,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    fpr: benign.length ? falsePositives / benign.length : 0,
  }
}

function groupBy(scored: readonly Scored[], key: (s: Scored) => string): GroupRow[] {
  const groups = new Map<string, Scored[]>()
  for (const s of scored) groups.set(key(s), [...(groups.get(key(s)) ?? []), s])
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([name, list]) => row(name, list))
}

/** Precision, recall, F1, false positives and recall at 1% FPR, overall and per category, style and language. */
export function metricsOf(scored: readonly Scored[], threshold: number): ScreenerMetrics {
  const all = row('all', scored)
  const benignScores = scored.filter((s) => s.item.label === 'benign').map((s) => s.result.score).sort((a, b) => b - a)
  const allowed = Math.floor(0.01 * benignScores.length)
  // Flag strictly above the (allowed+1)-th highest benign score: at most `allowed` benign flagged.
  const thresholdAt1PctFpr = benignScores[allowed] ?? 0
  const overrides = scored.filter((s) => s.item.label === 'override')
  const recallAt1PctFpr = overrides.length ? overrides.filter((s) => s.result.score > thresholdAt1PctFpr).length / overrides.length : 1
  const verdicts: ScreenerMetrics['verdicts'] = {
    override: { allow: 0, 'override-requested': 0, refuse: 0 },
    benign: { allow: 0, 'override-requested': 0, refuse: 0 },
  }
  for (const s of scored) verdicts[s.item.label][s.result.verdict]++
  return {
    threshold,
    overrides: all.overrides,
    benign: all.benign,
    tp: all.caught,
    fn: all.overrides - all.caught,
    fp: all.flagged,
    tn: all.benign - all.flagged,
    precision: all.precision,
    recall: all.recall,
    f1: all.f1,
    fpr: all.fpr,
    recallAt1PctFpr,
    thresholdAt1PctFpr,
    verdicts,
    byCategory: groupBy(scored, (s) => s.item.category),
    byStyle: groupBy(scored, (s) => s.item.style ?? '(none)'),
    byLanguage: groupBy(scored, (s) => s.item.lang ?? '(none)'),
  }
}

const pct = (x: number): string => x.toFixed(3)

function table(title: string, rows: readonly GroupRow[]): string {
  const header = [title.split(' ')[1] ?? '', 'overrides', 'caught', 'recall', 'benign', 'flagged', 'FPR', 'precision', 'F1']
  const cells = rows.map((r) => [r.name, String(r.overrides), String(r.caught), r.overrides ? pct(r.recall) : '-', String(r.benign), String(r.flagged), r.benign ? pct(r.fpr) : '-', r.overrides ? pct(r.precision) : '-', r.overrides ? pct(r.f1) : '-'])
  return `${title}\n\n${markdownTable([header, ...cells])}`
}

/** The metrics as Markdown tables, for the terminal and the README. */
export function formatMetrics(m: ScreenerMetrics, title: string): string {
  return [
    `${title}: ${m.overrides} override requests, ${m.benign} benign requests, threshold ${m.threshold.toFixed(4)}`,
    '',
    `precision ${pct(m.precision)}  recall ${pct(m.recall)}  F1 ${pct(m.f1)}  false-positive rate on benign ${pct(m.fpr)}  recall at 1% FPR ${pct(m.recallAt1PctFpr)}`,
    '',
    'Confusion matrix (rows: label; columns: verdict)',
    '',
    markdownTable([
      ['label', 'allow', 'override-requested', 'refuse'],
      ...(['override', 'benign'] as const).map((label) => [label, ...(['allow', 'override-requested', 'refuse'] as const).map((v) => String(m.verdicts[label][v]))]),
    ]),
    '',
    table('By category', m.byCategory),
    '',
    table('By style', m.byStyle),
    '',
    table('By language', m.byLanguage),
  ].join('\n')
}
