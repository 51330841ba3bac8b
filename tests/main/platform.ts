import { onTestFinished } from 'vitest'

/**
 * Runs the rest of the test as if on `platform`: `process.platform` answers it (the host and the fake electron both
 * read it) until the test ends.
 */
export function onPlatform(platform: NodeJS.Platform): void {
  const real = Object.getOwnPropertyDescriptor(process, 'platform')
  if (!real) throw new Error('process.platform has no descriptor to restore')
  Object.defineProperty(process, 'platform', { ...real, value: platform })
  onTestFinished(() => {
    Object.defineProperty(process, 'platform', real)
  })
}
