// npm run bench: runs every benchmark, then prints all their figures as one table (with the machine it ran on).
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'

rmSync('bench/results', { recursive: true, force: true })
const core = spawnSync('npx', ['vitest', 'run', '--config', 'bench/vitest.config.mts', '--reporter=dot'], {
  stdio: 'inherit',
})
if (core.status !== 0) process.exit(core.status ?? 1)
if (existsSync('bench/browser.mjs')) {
  const browser = spawnSync(process.execPath, ['bench/browser.mjs'], { stdio: 'inherit' })
  if (browser.status !== 0) process.exit(browser.status ?? 1)
}

const figures = readdirSync('bench/results')
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => JSON.parse(readFileSync(`bench/results/${file}`, 'utf8')))

const rows = [['group', 'figure', 'value', 'unit', 'budget', 'of budget']].concat(
  figures.map((f) => [f.group, f.name, formatValue(f.value), f.unit, f.budget ?? '', shareOfBudget(f)]),
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
const over = figures.filter((f) => shareOfBudget(f).startsWith('OVER'))
if (over.length > 0) console.log(`\nOver budget: ${over.map((f) => f.name).join('; ')}`)

/** "< 250 KiB", "≤ 400 /h" or "0" → how much of it the figure uses; OVER when it breaks the budget. */
function shareOfBudget({ value, budget }) {
  if (!budget) return ''
  const match = /^(<|≤)?\s*([\d.]+)/.exec(budget)
  if (!match) return ''
  const limit = Number(match[2])
  const within = match[1] === '<' ? value < limit : value <= limit
  const share = limit === 0 ? (value === 0 ? 'none' : 'some') : `${Math.round((value / limit) * 100)} %`
  return within ? share : `OVER (${share})`
}

function formatValue(value) {
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 1 ? value.toFixed(2) : value.toPrecision(3)
}
