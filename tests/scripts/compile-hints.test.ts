import type { Rolldown } from 'vite'
import { describe, expect, it } from 'vitest'
import config from '../../electron.vite.config'
import { COMPILE_HINT, compileHints } from '../../scripts/compile-hints.mjs'

type OutputChunk = Rolldown.OutputChunk
type OutputAsset = Rolldown.OutputAsset
type OutputBundle = Rolldown.OutputBundle

const chunk = (name: string, code: string, imports: string[] = []) =>
  ({ type: 'chunk', name, code, imports }) as unknown as OutputChunk
const asset = () => ({ type: 'asset', names: ['app.css'], source: 'body{}' }) as unknown as OutputAsset

/** Runs the plugin's generateBundle over `bundle` as the build would, after Vite's own output. */
function generate(roots: string[], bundle: Record<string, OutputChunk | OutputAsset>) {
  const hook = compileHints({ roots }).generateBundle
  if (!hook || typeof hook === 'function') throw new Error('expected an ordered generateBundle hook')
  expect(hook.order).toBe('post')
  const run = hook.handler as (this: unknown, options: unknown, bundle: OutputBundle, isWrite: boolean) => void
  run.call({}, {}, bundle as OutputBundle, true)
  return bundle
}

const codeOf = (bundle: Record<string, OutputChunk | OutputAsset>, file: string) => (bundle[file] as OutputChunk).code

describe('the compile hint the start’s chunks carry', () => {
  it('is the first line of the chunks named and of what they import statically, after the build’s own head', () => {
    const bundle = generate(['frame'], {
      'assets/frame-a.js': chunk('frame', 'const __vite__mapDeps=()=>[];\nimport"./runtime-b.js"', [
        'assets/runtime-b.js',
      ]),
      'assets/runtime-b.js': chunk('rolldown-runtime', 'export{}', ['assets/frame-a.js']),
      'assets/Settings-c.js': chunk('SettingsScreen', 'import"./frame-a.js"', ['assets/frame-a.js']),
      'assets/app-d.css': asset(),
    })
    expect(codeOf(bundle, 'assets/frame-a.js')).toBe(
      `${COMPILE_HINT}\nconst __vite__mapDeps=()=>[];\nimport"./runtime-b.js"`,
    )
    expect(codeOf(bundle, 'assets/runtime-b.js')).toBe(`${COMPILE_HINT}\nexport{}`)
    // loaded on first use, so not compiled ahead: the hint would cost every start for a screen not opened
    expect(codeOf(bundle, 'assets/Settings-c.js')).toBe('import"./frame-a.js"')
    expect((bundle['assets/app-d.css'] as OutputAsset).source).toBe('body{}')
  })

  it('is V8’s file-wide hint, and is put once however often the hook runs or a chunk is reached', () => {
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad')
    const bundle = {
      'assets/frame-a.js': chunk('frame', 'export{}'),
      'assets/app-b.js': chunk('app', 'import"./frame-a.js"', ['assets/frame-a.js']),
    }
    generate(['frame', 'app'], bundle)
    generate(['frame', 'app'], bundle)
    expect(bundle['assets/frame-a.js'].code).toBe(`${COMPILE_HINT}\nexport{}`)
    expect(bundle['assets/app-b.js'].code).toBe(`${COMPILE_HINT}\nimport"./frame-a.js"`)
  })

  it('refuses a chunk the build no longer makes rather than lose the hint quietly', () => {
    expect(() => generate(['frame'], { 'assets/start-a.js': chunk('start', 'export{}') })).toThrow(
      'No chunk named "frame" to give the compile hint to.',
    )
  })

  it('is given by the renderer’s build', async () => {
    const renderer = typeof config === 'function' ? undefined : await config.renderer
    const plugins = (renderer && 'plugins' in renderer ? renderer.plugins : []) ?? []
    const hints = plugins.flat().find((plugin) => plugin && 'name' in plugin && plugin.name === 'unknot-compile-hints')
    expect(hints).toMatchObject({ apply: 'build' })
  })
})
