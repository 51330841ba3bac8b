import { expect, freezeClock, test } from './fixtures'

/**
 * The browser's storage as a full disk: while `unknotDiskFull` is set, IndexedDB refuses every write the way a full
 * quota does (QuotaExceededError), and the transaction stores nothing.
 */
const diskThatFills = `(() => {
  const put = IDBObjectStore.prototype.put
  IDBObjectStore.prototype.put = function (...args) {
    if (window.unknotDiskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    return put.apply(this, args)
  }
})()`

test('with storage full, saving says so in words and keeps the entry; once space is freed it is saved', async ({
  page,
}) => {
  await page.addInitScript({ content: diskThatFills })
  await freezeClock(page, '2026-11-25T09:00:00')
  await page.goto('/#/journal')
  const entries = page.getByRole('list', { name: 'Journal entries, newest first' }).getByRole('listitem')
  const note = page.getByRole('textbox', { name: 'Note (optional)' })
  const save = page.getByRole('button', { name: 'Save', exact: true })
  await note.fill('saved before the disk filled')
  await save.click()
  await expect(page.getByText(/^Saved: lower back/)).toBeVisible()

  await page.evaluate('window.unknotDiskFull = true')
  await note.fill('written while the disk was full')
  await save.click()
  await expect(page.getByRole('alert')).toHaveText(
    'Unknot could not save this. There is no space left to store it. Free some space, or export your journal to keep a copy, then save again. What you entered is still here, and everything saved before is safe.',
  )
  await expect(note).toHaveValue('written while the disk was full')
  await expect(entries).toHaveCount(1)

  // Space is freed; the same entry is saved with one more click, once.
  await page.evaluate('window.unknotDiskFull = false')
  await save.click()
  await expect(page.getByText(/^Saved: lower back/)).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await page.reload()
  await expect(entries).toHaveCount(2)
  await expect(entries.filter({ hasText: 'written while the disk was full' })).toHaveCount(1)
})
