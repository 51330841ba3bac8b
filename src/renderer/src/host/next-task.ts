/**
 * Resolves in a task of its own, after what the browser has queued meanwhile (a click, a key, a paint), where a
 * resolved promise would go on in the same task. A message, not a timer: timers are clamped and are what tests and
 * the page clock fake.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}
