// npm run bench: runs every benchmark, then prints all their figures as one table (with the machine it ran on).
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
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

const rows = [['group', 'figure', 'value', 'unit', 'budget']].concat(
  figures.map((f) => [f.group, f.name, formatValue(f.value), f.unit, f.budget ?? '']),
)
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`
console.log(
  `\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`,
)
console.log(line(rows[0]))
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`)
for (const row of rows.slice(1)) console.log(line(row))

function formatValue(value) {
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 1 ? value.toFixed(2) : value.toPrecision(3)
}
