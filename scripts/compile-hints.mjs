// V8 compiles a function when it is first called, on the main thread, unless the file asks otherwise. The frame's
// chunk (React, React DOM, i18next and the frame) runs most of its code while a window starts, so it asks: with V8's
// file-wide compile hint at its top, Chromium (136 and later) compiles all of it in the background while the file
// downloads, and the start's main thread stops neither to parse nor to compile it, so the window answers sooner.
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

/**
 * The build plugin: puts the hint on the first line of each chunk named in `chunks`. It runs after Vite's own
 * additions to a chunk's head (the preload map), since the hint counts only as the file's first line; a chunk named
 * here that the build no longer makes is an error, not a silent loss of the hint.
 */
export function compileHints({ chunks }) {
  return {
    name: 'unknot-compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const outputs = Object.values(bundle)
        for (const name of chunks) {
          const chunk = outputs.find((output) => output.type === 'chunk' && output.name === name)
          if (!chunk) throw new Error(`No chunk named "${name}" to give the compile hint to.`)
          if (!chunk.code.startsWith(COMPILE_HINT)) chunk.code = `${COMPILE_HINT}\n${chunk.code}`
        }
      },
    },
  }
}
