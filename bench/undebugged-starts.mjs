// Cold starts measured as a window runs them: with no debugger attached to the page. Playwright attaches one to every
// page it drives, and with its Runtime domain on, V8 works out where in the source each frame of an Error's stack
// is, when the Error is made. React DOM makes five Errors as it loads, inside a function the size of its file, so
// under Playwright a page with React DOM re-parses that file on its main thread during its start (20 to 50 ms here);
// a window, with no debugger, does not (BENCHMARKS.md, "What Playwright costs a start").
//
// Here Chromium is driven over its DevTools pipe at the browser level: each load gets a fresh profile (a browser
// context) and a tab navigated with no DevTools domain enabled on it, and the page reports its own timings by beacon
// (bench/start-probe.js, which the server below adds to every page it serves).
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, resolve, sep } from 'node:path'
import { medianOfEach } from './medians.mjs'

const BLANK = '<!doctype html><html lang="en"><title>Blank</title><h1>Blank</h1><a href="#">Settings</a></html>'
const SEED_PAGE = '<!doctype html><html lang="en"><title>Seeding</title></html>'
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.bin': 'application/octet-stream',
}
const REPORT_TIMEOUT_MS = 60_000
const SETTLE_MS = 1000
// Chromium may give a new tab the process a closed tab of the same site left, warm with that tab's compiled code; a
// window opened from the tray gets a process of its own, and so does each start here.
const OWN_PROCESS = '--disable-features=ProcessPerSiteUpToMainFrameThreshold'

const withScript = (html, src) => html.replace(/<html[^>]*>/i, (tag) => `${tag}<script src="${src}" async></script>`)

/**
 * Serves each folder of `folders` (URL prefix → folder), the blank page and the seeding page, with the probe added to
 * every page (the seeder instead on a seeding start) and nothing cached, so that no start warms the next; what a
 * probe or the seeder reports goes to `onReport`.
 */
function probeServer({ folders, fiveYears, onReport }) {
  const scripts = {
    '/__probe.js': readFileSync(new URL('./start-probe.js', import.meta.url)),
    '/__seed.js': readFileSync(new URL('./start-seed.js', import.meta.url)),
  }
  const fileFor = (path) => {
    const prefix = Object.keys(folders)
      .sort((a, b) => b.length - a.length)
      .find((start) => path.startsWith(start))
    if (prefix === undefined) return undefined
    const folder = resolve(folders[prefix])
    const file = resolve(folder, `./${path.slice(prefix.length)}`)
    return file.startsWith(folder + sep) && existsSync(file) ? file : undefined
  }
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const send = (type, body) =>
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body)
    if (request.method === 'POST' && url.pathname === '/__probe') {
      let body = ''
      request.on('data', (chunk) => (body += chunk))
      request.on('end', () => {
        response.writeHead(204).end()
        onReport(JSON.parse(body))
      })
      return
    }
    if (scripts[url.pathname]) return void send(TYPES['.js'], scripts[url.pathname])
    if (url.pathname === '/__five-years') return void send('text/plain', readFileSync(fiveYears))
    const probe = url.searchParams.has('bench-seed') ? '/__seed.js' : '/__probe.js'
    if (url.pathname === '/blank.html') return void send(TYPES['.html'], withScript(BLANK, probe))
    if (url.pathname === '/__seed.html') return void send(TYPES['.html'], withScript(SEED_PAGE, '/__seed.js'))
    const file = fileFor(url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname)
    if (file === undefined) return void response.writeHead(404).end()
    const type = TYPES[extname(file)] ?? 'application/octet-stream'
    send(type, type === TYPES['.html'] ? withScript(readFileSync(file, 'utf8'), probe) : readFileSync(file))
  })
}

/** Chromium driven over --remote-debugging-pipe (commands on its fd 3, answers on fd 4, each JSON ending in \0). */
function launchOverPipe({ executablePath, args }) {
  const profile = mkdtempSync(join(tmpdir(), 'unknot-bench-'))
  const browser = spawn(
    executablePath,
    [
      ...args,
      OWN_PROCESS,
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      '--window-size=1280,720',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  )
  const [, , , commands, answers] = browser.stdio
  const waiting = new Map()
  let nextId = 0
  let received = ''
  answers.on('data', (chunk) => {
    received += chunk.toString()
    for (let end = received.indexOf('\0'); end >= 0; end = received.indexOf('\0')) {
      const message = JSON.parse(received.slice(0, end))
      received = received.slice(end + 1)
      const answer = waiting.get(message.id)
      if (!answer) continue
      waiting.delete(message.id)
      if (message.error) answer.reject(new Error(`Chromium refused: ${message.error.message}`))
      else answer.resolve(message.result)
    }
  })
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = ++nextId
      waiting.set(id, { resolve, reject })
      commands.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`)
    })
  const close = async () => {
    browser.kill()
    await new Promise((resolve) => (browser.exitCode === null ? browser.once('exit', resolve) : resolve()))
    rmSync(profile, { recursive: true, force: true })
  }
  return { send, close }
}

/** A new tab in `browserContextId`, navigated to `url` with no DevTools domain enabled on it. */
async function openTab(send, browserContextId, url) {
  const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId })
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true })
  await send('Page.navigate', { url }, sessionId)
  return targetId
}

/**
 * For each kind of start (`path` on the server; `seeded` to give its profile five years first), the median of `rounds`
 * cold loads of when the page `answered`, when it `painted`, and its `longestTask` until it answered. The kinds take
 * turns, one load each per round, after a first round not counted (it warms the server and the disk).
 */
export async function startsWithoutDebugger({ chromium, folders, fiveYears, kinds, rounds, port }) {
  let report = () => {}
  const server = probeServer({ folders, fiveYears, onReport: (data) => report(data) })
  await new Promise((listening) => server.listen(port, '127.0.0.1', listening))
  const base = `http://127.0.0.1:${port}`
  const { send, close } = launchOverPipe(chromium)
  const reported = (what) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No report from ${what} within a minute.`)), REPORT_TIMEOUT_MS)
      report = (data) => {
        clearTimeout(timer)
        resolve(data)
      }
    })
  try {
    const samples = Object.fromEntries(Object.keys(kinds).map((name) => [name, []]))
    for (let round = -1; round < rounds; round++) {
      for (const [name, { path, seeded = false }] of Object.entries(kinds)) {
        const { browserContextId } = await send('Target.createBrowserContext')
        // Every start is a profile's second tab: the first one seeds the profile where asked, and then every measured
        // start finds Chromium's spare renderer process started and settled (a window's renderer process, like a
        // Playwright page's, is there before its page loads), whatever the first tab did.
        const preparing = reported(`the preparation of "${name}"`)
        const first = await openTab(
          send,
          browserContextId,
          `${base}/__seed.html?bench-seed=${seeded ? 'start' : 'none'}`,
        )
        await preparing
        await send('Target.closeTarget', { targetId: first })
        await new Promise((settled) => setTimeout(settled, SETTLE_MS))
        const start = reported(`the start "${name}"`)
        await openTab(send, browserContextId, `${base}${path}`)
        const sample = await start
        await send('Target.disposeBrowserContext', { browserContextId })
        if (round >= 0) samples[name].push(sample)
      }
    }
    return medianOfEach(samples)
  } finally {
    await close()
    await new Promise((closed) => server.close(closed))
  }
}
