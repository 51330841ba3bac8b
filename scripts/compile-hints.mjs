// V8 compiles a function when it is first called, on the main thread, unless the file asks otherwise. The code a
// window's start runs (the frame: React, React DOM, i18next; the app; the web companion's core, restoring and
// validating) runs most of its functions at once, so those chunks ask: with V8's file-wide compile hint as their first
// line, Chromium (136 and later) compiles each whole file in the background while it downloads, and the start's main
// thread stops neither to parse nor to compile them, so the window answers sooner.
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

/**
 * The build plugin: puts the hint on the first line of the chunks named in `roots` and of every chunk they import
 * statically (their code runs when theirs does). It runs after Vite's own additions to a chunk's head (the preload
 * map), since the hint counts only as a file's first line; a root the build no longer makes is an error, not a silent
 * loss of the hint.
 */
export function compileHints({ roots }) {
  return {
    name: 'unknot-compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk')
        const waiting = roots.map((name) => {
          const root = chunks.find((chunk) => chunk.name === name)
          if (!root) throw new Error(`No chunk named "${name}" to give the compile hint to.`)
          return root
        })
        const hinted = new Set()
        for (let chunk = waiting.pop(); chunk !== undefined; chunk = waiting.pop()) {
          if (hinted.has(chunk)) continue
          hinted.add(chunk)
          if (!chunk.code.startsWith(COMPILE_HINT)) chunk.code = `${COMPILE_HINT}\n${chunk.code}`
          for (const file of chunk.imports) if (bundle[file]?.type === 'chunk') waiting.push(bundle[file])
        }
      },
    },
  }
}
