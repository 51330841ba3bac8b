// Gives the profile bench/undebugged-starts.mjs opens five simulated years, as bench/browser-scenarios.mjs
// fiveYearsStored does for Playwright: the records go where an earlier version kept them (localStorage), one start
// moves them into the browser's database, a second reads them back from there, and then the seeding tab reports
// by beacon. The measured start is a new tab in the same profile.
;(async () => {
  const stage = new URLSearchParams(window.location.search).get('bench-seed')
  const done = (seeded) => navigator.sendBeacon('/__probe', JSON.stringify({ seeded }))
  if (stage === 'none') return done(false)
  if (stage === 'start') {
    localStorage.setItem('unknot.settings', '{"version":1}')
    localStorage.setItem('unknot.data', await (await fetch('/__five-years')).text())
    window.location.replace('/?bench-seed=moved')
    return
  }
  while (!document.querySelector('section[aria-label="Break controls"]')) {
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  if (stage === 'moved') window.location.replace('/?bench-seed=read')
  else done(true)
})()
