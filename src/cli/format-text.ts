import pc from 'picocolors'
import type { Finding, Severity } from '../core/finding.js'
import type { ScannedUnit } from '../verify/scan.js'

type Colors = ReturnType<typeof pc.createColors>

const SEVERITY_COLOR: Record<Severity, keyof Colors> = { critical: 'red', high: 'red', medium: 'yellow', low: 'cyan', info: 'dim' }

/** A code frame: the finding's lines with a caret underline, as compilers print them. */
export function codeFrame(source: string, finding: Finding, firstLine: number, colors: Colors, context = 1): string {
  const lines = source.split('\n')
  const start = finding.location.startLine - firstLine + 1
  const end = Math.min(finding.location.endLine - firstLine + 1, start + 4)
  const from = Math.max(1, start - context)
  const to = Math.min(lines.length, end + context)
  const width = String(to + firstLine - 1).length
  const out: string[] = []
  for (let n = from; n <= to; n++) {
    const text = (lines[n - 1] ?? '').replace(/\t/g, '  ').replace(/\r$/, '')
    const marked = n >= start && n <= end
    const gutter = `${marked ? colors.red('>') : ' '} ${String(n + firstLine - 1).padStart(width)} | `
    out.push(`${gutter}${text}`)
    if (n === start && start === end) {
      const col = finding.location.startColumn - 1
      const len = Math.max(1, finding.location.endColumn - finding.location.startColumn)
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(col)}${colors.red('^'.repeat(Math.min(len, Math.max(1, text.length - col))))}`)
    }
  }
  return out.join('\n')
}

/** Human-readable findings: location, severity, property and CWE, the frame, why, and what instead. */
export function formatText(units: readonly ScannedUnit[], useColor: boolean): string {
  const colors = pc.createColors(useColor)
  const out: string[] = []
  let findings = 0
  let unchecked = 0
  for (const unit of units) {
    const { report } = unit
    for (const error of report.errors) {
      unchecked += 1
      out.push(`${colors.yellow('unchecked')} ${report.path ?? '<stdin>'}: ${error.message}`, '')
    }
    for (const f of report.findings) {
      findings += 1
      const where = `${f.location.file ?? report.path ?? '<stdin>'}:${f.location.startLine}:${f.location.startColumn}`
      const sev = colors[SEVERITY_COLOR[f.severity]] as (s: string) => string
      out.push(`${colors.bold(where)}  ${sev(f.severity)}  ${f.property}  ${f.cwe.join(',')}  ${colors.dim(f.ruleId)}`)
      out.push(`  ${f.message}`)
      if (unit.source !== undefined) out.push(codeFrame(unit.source, f, unit.firstLine, colors))
      out.push(`  ${colors.bold('why:')} ${f.rationale}`)
      out.push(`  ${colors.bold('instead:')} ${f.safeAlternative}`)
      if (f.fix) out.push(`  ${colors.bold(`fix (${f.fix.kind}):`)} ${f.fix.description}: ${f.fix.replacement}`)
      out.push('')
    }
  }
  const files = new Set(units.map((u) => u.report.path ?? '<stdin>')).size
  out.push(`${findings} finding(s) in ${files} file(s)${unchecked ? `, ${unchecked} input(s) unchecked` : ''}`)
  return out.join('\n')
}
