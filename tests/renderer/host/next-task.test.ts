import { describe, expect, it } from 'vitest'
import { nextTask } from '../../../src/renderer/src/host/next-task'

describe('nextTask', () => {
  it('goes on in a task of its own: after the promise callbacks of this one and after a task queued before it', async () => {
    const order: string[] = []
    const earlier = new MessageChannel()
    earlier.port1.onmessage = () => {
      earlier.port1.close()
      order.push('task queued before')
    }
    earlier.port2.postMessage(null)
    const next = nextTask().then(() => order.push('next task'))
    void Promise.resolve().then(() => order.push('this task'))
    await next
    expect(order).toEqual(['this task', 'task queued before', 'next task'])
  })
})
