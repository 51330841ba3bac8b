// Runs Electronegativity over src/ and fails unless every finding is explained by a comment at its place:
// "electronegativity: <CHECK_ID>: why" on the flagged line or the few lines above it.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { relative } from 'node:path'

// SARIF (JSON) rather than CSV: the CSV writer does not quote every sample safely.
const output = 'test-results/electronegativity.sarif'
mkdirSync('test-results', { recursive: true })
const run = spawnSync('npx', ['electronegativity', '-i', 'src', '-e', '45.4.1', '-o', output], { encoding: 'utf8' })
if (run.status !== 0) {
  console.error(run.stderr)
  console.error('security scan: electronegativity did not run.')
  process.exit(1)
}

const sarif = JSON.parse(readFileSync(output, 'utf8'))
const findings = sarif.runs.flatMap((result) =>
  result.results.map(({ ruleId, locations }) => ({
    issue: ruleId,
    file: locations[0].physicalLocation.artifactLocation.uri.replace(/^file:\/\//, ''),
    line: locations[0].physicalLocation.region.startLine,
  })),
)

const unexplained = findings.filter(({ issue, file, line }) => {
  const near = readFileSync(file, 'utf8')
    .split('\n')
    .slice(Math.max(0, line - 5), line)
    .join('\n')
  return !near.includes(`electronegativity: ${issue}`)
})

for (const finding of findings) {
  const mark = unexplained.includes(finding) ? 'UNEXPLAINED' : 'explained'
  console.log(`${mark.padEnd(11)} ${finding.issue} ${relative(process.cwd(), finding.file)}:${finding.line}`)
}
console.log(`security scan: ${findings.length} findings, ${unexplained.length} unexplained`)
process.exit(unexplained.length === 0 ? 0 : 1)
