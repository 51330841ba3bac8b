import { expect, freezeClock, test } from './fixtures'

/** Every key IndexedDB is asked to store, in order, for the test to read. */
const watchPuts = `(() => {
  window.unknotPuts = []
  const put = IDBObjectStore.prototype.put
  IDBObjectStore.prototype.put = function (value, key) {
    window.unknotPuts.push(this.name + ':' + String(key ?? value?.id))
    return put.apply(this, [value, key].slice(0, key === undefined ? 1 : 2))
  }
})()`

test('the data of an earlier version moves into records, and logging an entry stores only that entry', async ({
  page,
}) => {
  await freezeClock(page, '2026-11-25T09:00:00')
  // a year of journal entries, one every few days, in the single document an earlier version kept
  const entries = Array.from({ length: 120 }, (_, n) => ({
    id: `old-${n + 1}`,
    wall: Date.parse('2025-11-25T08:00:00Z') + n * 3 * 86_400_000,
    kind: 'spasm',
    area: 'lower',
    side: 'both',
    intensity: 4,
    trigger: 'long-sitting',
    note: `entry ${n + 1} of an earlier version`,
  }))
  const data = JSON.stringify({ version: 1, journal: { entries, nextSeq: 121 } })
  await page.addInitScript({ content: watchPuts })
  await page.addInitScript({
    content: `if (!sessionStorage.getItem('unknot.e2e.seeded')) {
      sessionStorage.setItem('unknot.e2e.seeded', '1')
      localStorage.setItem('unknot.data', ${JSON.stringify(data)})
    }`,
  })
  await page.goto('/#/journal')
  const list = page.getByRole('list', { name: 'Journal entries, newest first' }).getByRole('listitem')
  await expect(list.filter({ hasText: 'entry 120 of an earlier version' })).toHaveCount(1)

  const moved = (await page.evaluate('window.unknotPuts')) as string[]
  expect(moved.filter((key) => key.startsWith('documents:record:journal/'))).toHaveLength(120)
  expect(moved.some((key) => /^documents:data\.moved-\d+$/.test(key))).toBe(true)

  await page.evaluate('window.unknotPuts = []')
  await page.getByRole('textbox', { name: 'Note (optional)' }).fill('one more')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText(/^Saved: lower back/)).toBeVisible()
  const written = (await page.evaluate('window.unknotPuts')) as string[]
  const records = written.filter((key) => key.startsWith('documents:record:'))
  expect(records.filter((key) => key.startsWith('documents:record:journal/'))).toHaveLength(1)
  expect(records).toContain('documents:record:journal')
  expect(records).not.toContain('documents:record:reminders')
  expect(written.filter((key) => key.startsWith('applied:'))).toHaveLength(1)

  await page.reload()
  await expect(list.filter({ hasText: 'one more' })).toHaveCount(1)
  await expect(list.filter({ hasText: 'entry 120 of an earlier version' })).toHaveCount(1)
})
