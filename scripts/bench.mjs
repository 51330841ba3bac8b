// npm run bench: runs every benchmark, then prints all their figures as one table (with the machine it ran on),
// each against its budget in the README's "Performance" table. With --check it exits non-zero when a figure is
// over its budget or the figures and the README's table disagree.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { parseArgs } from 'node:util'
import { formatValue, judge, readBudgets } from './bench-budgets.mjs'

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } })
const budgets = readBudgets(readFileSync('README.md', 'utf8'))

rmSync('bench/results', { recursive: true, force: true })
const core = spawnSync('npx', ['vitest', 'run', '--config', 'bench/vitest.config.mts', '--reporter=dot'], {
  stdio: 'inherit',
})
if (core.status !== 0) process.exit(core.status ?? 1)
if (existsSync('bench/browser.mjs')) {
  const browser = spawnSync(process.execPath, ['bench/browser.mjs'], { stdio: 'inherit' })
  if (browser.status !== 0) process.exit(browser.status ?? 1)
}
const camera = spawnSync(process.execPath, ['bench/posture-camera.mjs'], { stdio: 'inherit' })
if (camera.status !== 0) process.exit(camera.status ?? 1)

const { figures, problems } = judge(
  readdirSync('bench/results')
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => JSON.parse(readFileSync(`bench/results/${file}`, 'utf8'))),
  budgets,
)

const rows = [['group', 'figure', 'value', 'unit', 'budget', 'of budget']].concat(
  figures.map((f) => [f.group, f.name, formatValue(f.value), f.unit, f.budget ?? '', f.share?.text ?? '']),
)
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`
const table = [line(rows[0]), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`]
  .concat(rows.slice(1).map(line))
  .join('\n')
console.log(`\nMachine: ${machine}\n\n${table}`)
// BENCHMARKS.md quotes this file, so the table there is always one run's figures.
writeFileSync('bench/results/table.md', `Machine: ${machine}, ${new Date().toISOString().slice(0, 10)}\n\n${table}\n`)
if (problems.length > 0) console.log(`\nAgainst the README's budgets:\n${problems.map((p) => `- ${p}`).join('\n')}`)
if (values.check && problems.length > 0) process.exit(1)
