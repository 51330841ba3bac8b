/** Main-thread busy time (ms) per second of real time while `page` sits as it is. */
export async function busyPerSecond(cdp, seconds) {
  const taskDuration = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration').value
  const before = await taskDuration()
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000))
  return (((await taskDuration()) - before) * 1000) / seconds
}

export const scenarios = [
  {
    name: 'today screen idle',
    async run({ page, cdp, base }) {
      await page.goto(`${base}/#/today`)
      await page.getByRole('heading', { level: 1 }).waitFor()
      return [['main-thread busy, Today screen open, nothing running', await busyPerSecond(cdp, 5), 'ms/s', '< 5 ms/s']]
    },
  },
]
