import type { Log, ReportingDescriptor, Result } from 'sarif'
import type { Finding, Severity } from './finding.js'
import type { SecurityReport } from './report.js'

const LEVEL: Record<Severity, Result.level> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' }
/** GitHub code scanning reads `security-severity` (0–10) to rank security alerts. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' }

/**
 * Renders security reports as one SARIF 2.1.0 log: a run of securegen with every rule that fired,
 * one result per finding, and a tool notification per input that could not be verified.
 */
export function toSarif(reports: readonly SecurityReport[], toolVersion: string): Log {
  const rules: ReportingDescriptor[] = []
  const ruleIndex = new Map<string, number>()
  const results: Result[] = []
  for (const report of reports) {
    for (const f of report.findings) {
      let index = ruleIndex.get(f.ruleId)
      if (index === undefined) {
        index = rules.length
        ruleIndex.set(f.ruleId, index)
        rules.push(descriptor(f))
      }
      results.push(result(f, index, report.path))
    }
  }
  const notifications = reports.flatMap((r) =>
    r.errors.map((e) => ({
      level: 'error' as const,
      descriptor: { id: e.code },
      message: { text: e.message },
      ...(r.path ? { locations: [{ physicalLocation: { artifactLocation: { uri: toUri(r.path) } } }] } : {}),
    })),
  )
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'securegen', version: toolVersion, informationUri: 'https://github.com/securegen/securegen', rules } },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  }
}

function descriptor(f: Finding): ReportingDescriptor {
  return {
    id: f.ruleId,
    name: f.ruleId.split('/')[1] ?? f.ruleId,
    shortDescription: { text: f.title },
    fullDescription: { text: f.rationale },
    help: { text: `${f.rationale}\nInstead: ${f.safeAlternative}`, markdown: `${f.rationale}\n\n**Instead:** ${f.safeAlternative}` },
    defaultConfiguration: { level: LEVEL[f.severity] },
    properties: { tags: ['security', f.property, ...f.cwe], 'security-severity': SECURITY_SEVERITY[f.severity], precision: f.confidence === 'high' ? 'high' : f.confidence === 'medium' ? 'medium' : 'low' },
  }
}

function result(f: Finding, ruleIndex: number, path: string | undefined): Result {
  const l = f.location
  const uri = toUri(l.file ?? path ?? 'stdin')
  const out: Result = {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri },
          region: { startLine: l.startLine, startColumn: l.startColumn, endLine: l.endLine, endColumn: l.endColumn, byteOffset: l.startByte, byteLength: l.endByte - l.startByte, snippet: { text: f.snippet } },
        },
      },
    ],
    properties: { property: f.property, cwe: f.cwe, confidence: f.confidence, severity: f.severity },
  }
  if (f.fix) {
    out.fixes = [
      {
        description: { text: `${f.fix.description} (${f.fix.kind})` },
        artifactChanges: [{ artifactLocation: { uri }, replacements: [{ deletedRegion: { byteOffset: f.fix.range.startByte, byteLength: f.fix.range.endByte - f.fix.range.startByte }, insertedContent: { text: f.fix.replacement } }] }],
      },
    ]
  }
  return out
}

function toUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/')
}
