import { APPLICABLE_PROPERTIES, LANGUAGE_IDS, PROPERTY_IDS, type LanguageId, type SecurityPropertyId } from '../../core/properties.js'
import type { Rule } from '../engine/rule.js'

export interface CoverageCell {
  applies: boolean
  rules: number
}

export type CoverageMatrix = Record<SecurityPropertyId, Record<LanguageId, CoverageCell>>

/** Rule counts per property × language, with whether the property applies to the language. */
export function coverageMatrix(rules: readonly Rule[]): CoverageMatrix {
  const matrix = {} as CoverageMatrix
  for (const property of PROPERTY_IDS) {
    matrix[property] = {} as Record<LanguageId, CoverageCell>
    for (const language of LANGUAGE_IDS) {
      matrix[property][language] = {
        applies: APPLICABLE_PROPERTIES[language].includes(property),
        rules: rules.filter((r) => r.property === property && r.languages.includes(language)).length,
      }
    }
  }
  return matrix
}

/** The matrix as a markdown table: a count per cell, `–` where the property does not apply. */
export function renderMatrix(matrix: CoverageMatrix): string {
  const header = `| property | ${LANGUAGE_IDS.join(' | ')} |`
  const rule = `|---|${LANGUAGE_IDS.map(() => '---:').join('|')}|`
  const rows = PROPERTY_IDS.map((property) => {
    const cells = LANGUAGE_IDS.map((language) => {
      const cell = matrix[property][language]
      if (!cell.applies) return cell.rules ? `(${cell.rules})` : '–'
      return cell.rules ? String(cell.rules) : '**0**'
    })
    return `| \`${property}\` | ${cells.join(' | ')} |`
  })
  const totals = LANGUAGE_IDS.map((language) => PROPERTY_IDS.reduce((n, p) => n + matrix[p][language].rules, 0))
  return [header, rule, ...rows, `| **rules** | ${totals.join(' | ')} |`].join('\n')
}
