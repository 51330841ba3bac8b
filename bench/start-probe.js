// Added to every page bench/undebugged-starts.mjs measures, as an async script so that it holds up nothing. Once the
// page has painted and shows its heading and a "Settings" link, the probe posts itself a message: the page has
// answered when that message is handled, as a click would be once the main thread is free. It reports by beacon: the
// first contentful paint, when the page answered, and its longest task until then.
;(() => {
  let longestTask = 0
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) longestTask = Math.max(longestTask, task.duration)
  }).observe({ type: 'longtask', buffered: true })

  const shows = (element) =>
    !!element && element.getBoundingClientRect().height > 0 && getComputedStyle(element).visibility === 'visible'
  const headingAndLinkShow = () =>
    shows(document.querySelector('h1')) &&
    shows([...document.links].find((link) => link.textContent.trim() === 'Settings'))

  new PerformanceObserver((list, observer) => {
    const paint = list.getEntriesByName('first-contentful-paint')[0]
    if (!paint) return
    observer.disconnect()
    const answerOnceShown = () => {
      if (!headingAndLinkShow()) return void setTimeout(answerOnceShown, 5)
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        const answered = performance.now()
        navigator.sendBeacon('/__probe', JSON.stringify({ painted: paint.startTime, answered, longestTask }))
      }
      channel.port2.postMessage(null)
    }
    answerOnceShown()
  }).observe({ type: 'paint', buffered: true })
})()
