// Runs Electronegativity over src/ and fails unless every finding is explained by a comment at its place:
// "electronegativity: <CHECK_ID>: why" on the flagged line or the few lines above it.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'

const output = 'test-results/electronegativity.csv'
mkdirSync('test-results', { recursive: true })
const run = spawnSync('npx', ['electronegativity', '-i', 'src', '-e', '45.4.1', '-o', output], { encoding: 'utf8' })
if (run.status !== 0) {
  console.error(run.stderr)
  console.error('security scan: electronegativity did not run.')
  process.exit(1)
}

/** RFC 4180 rows: quoted cells may hold commas and doubled quotes. */
function parseCsv(text) {
  const rows = [[]]
  let cell = ''
  let quoted = false
  const endCell = () => {
    rows.at(-1).push(cell.trim())
    cell = ''
  }
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') endCell()
    else if (char === '\n') {
      endCell()
      rows.push([])
    } else cell += char
  }
  if (cell || rows.at(-1).length) rows.at(-1).push(cell.trim())
  return rows.filter((row) => row.length > 1)
}

const findings = parseCsv(readFileSync(output, 'utf8'))
  .slice(1)
  .map(([issue, severity, , file, location]) => ({ issue, severity, file, line: Number(location.split(':')[0]) }))

const unexplained = findings.filter(({ issue, file, line }) => {
  const lines = readFileSync(file, 'utf8').split('\n')
  const near = lines.slice(Math.max(0, line - 5), line).join('\n')
  return !near.includes(`electronegativity: ${issue}`)
})

for (const finding of findings) {
  const mark = unexplained.includes(finding) ? 'UNEXPLAINED' : 'explained'
  console.log(
    `${mark.padEnd(11)} ${finding.issue} (${finding.severity}) ${finding.file.replace(process.cwd() + '/', '')}:${finding.line}`,
  )
}
console.log(`security scan: ${findings.length} findings, ${unexplained.length} unexplained`)
process.exit(unexplained.length === 0 ? 0 : 1)
