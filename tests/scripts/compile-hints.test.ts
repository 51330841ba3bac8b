import type { Rolldown } from 'vite'
import { describe, expect, it } from 'vitest'
import config from '../../electron.vite.config'
import { COMPILE_HINT, compileHints } from '../../scripts/compile-hints.mjs'

type OutputChunk = Rolldown.OutputChunk
type OutputAsset = Rolldown.OutputAsset
type OutputBundle = Rolldown.OutputBundle

const chunk = (name: string, code: string) => ({ type: 'chunk', name, code }) as OutputChunk
const asset = (name: string) => ({ type: 'asset', names: [name], source: 'body{}' }) as unknown as OutputAsset

/** Runs the plugin's generateBundle over `bundle` as the build would, after Vite's own output. */
function generate(chunks: string[], bundle: Record<string, OutputChunk | OutputAsset>) {
  const hook = compileHints({ chunks }).generateBundle
  if (!hook || typeof hook === 'function') throw new Error('expected an ordered generateBundle hook')
  expect(hook.order).toBe('post')
  const run = hook.handler as (this: unknown, options: unknown, bundle: OutputBundle, isWrite: boolean) => void
  run.call({}, {}, bundle as OutputBundle, true)
  return bundle
}

describe('the compile hint the start’s chunks carry', () => {
  it('is the first line of the chunks named, after whatever the build put at their head', () => {
    const bundle = generate(['frame'], {
      'assets/frame-a.js': chunk('frame', 'const __vite__mapDeps=()=>[];\nimport"./x.js"'),
      'assets/app-b.js': chunk('app', 'export{}'),
      'assets/app-c.css': asset('app.css'),
    })
    expect((bundle['assets/frame-a.js'] as OutputChunk).code).toBe(
      `${COMPILE_HINT}\nconst __vite__mapDeps=()=>[];\nimport"./x.js"`,
    )
    expect((bundle['assets/app-b.js'] as OutputChunk).code).toBe('export{}')
    expect((bundle['assets/app-c.css'] as OutputAsset).source).toBe('body{}')
  })

  it('is V8’s file-wide hint, and is put once however often the hook runs', () => {
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad')
    const bundle = { 'assets/frame-a.js': chunk('frame', 'export{}') }
    generate(['frame'], bundle)
    generate(['frame'], bundle)
    expect(bundle['assets/frame-a.js'].code).toBe(`${COMPILE_HINT}\nexport{}`)
  })

  it('refuses a chunk the build no longer makes rather than lose the hint quietly', () => {
    expect(() => generate(['frame'], { 'assets/start-a.js': chunk('start', 'export{}') })).toThrow(
      'No chunk named "frame" to give the compile hint to.',
    )
  })

  it('is given to the frame’s chunk by the renderer’s build', async () => {
    const renderer = typeof config === 'function' ? undefined : await config.renderer
    const plugins = (renderer && 'plugins' in renderer ? renderer.plugins : []) ?? []
    const hints = plugins.flat().find((plugin) => plugin && 'name' in plugin && plugin.name === 'unknot-compile-hints')
    expect(hints).toMatchObject({ apply: 'build' })
  })
})
