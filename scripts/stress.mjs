// npm run test:stress: the browser suite must pass three runs in a row while every core is kept busy by another
// process, as on a loaded CI machine. It proves that no test depends on how fast real time passes.
import { spawn, spawnSync } from 'node:child_process'
import { availableParallelism } from 'node:os'

const RUNS = Number(process.env['UNKNOT_STRESS_RUNS'] ?? 3)
const burners = Array.from({ length: availableParallelism() }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
)
const stopBurners = () => burners.forEach((burner) => burner.kill('SIGKILL'))
process.on('exit', stopBurners)

const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

console.log(`\n${burners.length} busy-loop processes keep every core busy; the browser suite runs ${RUNS} times.`)
for (let run = 1; run <= RUNS; run += 1) {
  const started = process.hrtime.bigint()
  const result = spawnSync('npx', ['playwright', 'test', '--project=web', '--reporter=dot'], { stdio: 'inherit' })
  const seconds = Number((process.hrtime.bigint() - started) / 1_000_000n) / 1000
  if (result.status !== 0) {
    console.error(`\nstress: run ${run} of ${RUNS} failed after ${seconds.toFixed(0)} s under load.`)
    process.exit(result.status ?? 1)
  }
  console.log(`stress: run ${run} of ${RUNS} passed in ${seconds.toFixed(0)} s under load.`)
}
console.log(`\nstress: ${RUNS} runs in a row passed with every core busy.`)
