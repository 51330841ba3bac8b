import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { compileHints } from './scripts/compile-hints.mjs'
import { devServerCsp } from './scripts/dev-csp.mjs'
import { faceModels } from './scripts/face-models.mjs'
import { frameShell } from './scripts/frame-shell.mjs'
import { inlineStyles } from './scripts/inline-styles.mjs'

const CAMERA_PAGE = resolve(__dirname, 'src/renderer/camera.html')
const MAIN_PAGE = resolve(__dirname, 'src/renderer/index.html')
const ENTRY = resolve(__dirname, 'src/renderer/src/main.ts')
const FRAME = resolve(__dirname, 'src/renderer/src/start.tsx')
const APP = resolve(__dirname, 'src/renderer/src/app.tsx')

type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null }

/** Whether `root` (and what it imports statically) uses the module `id`. */
function inStaticGraphOf(root: string, id: string, ctx: ModuleGraph): boolean {
  const seen = new Set<string>()
  const visit = (module: string) => {
    if (seen.has(module)) return
    seen.add(module)
    for (const imported of ctx.getModuleInfo(module)?.importedIds ?? []) visit(imported)
  }
  visit(root)
  return seen.has(id)
}

/** The camera page's own code stays in its entry chunk; what it shares with the main page gets a chunk of its own. */
function cameraChunk(id: string): string | null {
  return id === CAMERA_PAGE || id === resolve(__dirname, 'src/renderer/src/camera-main.ts') ? null : 'detector'
}

export default defineConfig({
  main: {
    // electron-store is ESM-only; bundling it avoids a require() of an ES module from the CommonJS main bundle.
    build: { externalizeDeps: { exclude: ['electron-store'] } },
  },
  preload: {
    // A sandboxed preload can only require('electron'): everything else it uses is bundled in.
    // The camera window has its own preload, which offers its page nothing but the glance channel.
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/preload/index.ts'),
          camera: resolve(__dirname, 'src/preload/camera.ts'),
        },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    publicDir: resolve(__dirname, 'resources/public'),
    // The page's strict CSP, widened for `npm run dev` only (see scripts/dev-csp.mjs); a build ships it as written.
    plugins: [
      react(),
      devServerCsp(),
      faceModels(),
      frameShell({ page: MAIN_PAGE, module: resolve(__dirname, 'src/renderer/src/shell/frame-markup.tsx') }),
      inlineStyles({ pages: [MAIN_PAGE] }),
      // the code a start runs: the frame, the app that fills it, and the web companion's core (with what they import)
      compileHints({ roots: ['frame', 'app', 'browser-leader'] }),
    ],
    // electron-vite leaves bundles unminified by default; the renderer is minified to load and parse quickly.
    // The face detector's chunk (TensorFlow.js inside, about 1.3 MB) loads only when the camera is turned on.
    // camera.html is the desktop's hidden camera page (src/main/camera-window.ts).
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      // Vite's preload helper adds a <link rel="modulepreload"> to the page for every chunk a dynamic import needs,
      // the chunks already running included: 13 for the core's import alone, about 20 ms of the start's main thread
      // (CPU profile). The files come from this machine, so fetching a chunk's imports when it arrives costs less.
      // A chunk's stylesheet is still loaded with it.
      modulePreload: false,
      chunkSizeWarningLimit: 1400,
      rolldownOptions: {
        input: {
          index: MAIN_PAGE,
          break: resolve(__dirname, 'src/renderer/break.html'),
          camera: resolve(__dirname, 'src/renderer/camera.html'),
        },
        output: {
          codeSplitting: {
            // What the main page's start needs goes in one chunk. Without this, the screens loaded on first use
            // split it into a dozen small chunks shared in different ways, each one more request at every start.
            // The camera page's code stays apart so that page loads nothing of the app.
            groups: [
              {
                debugName: 'frame',
                name: (id, ctx) => {
                  if (inStaticGraphOf(CAMERA_PAGE, id, ctx)) return cameraChunk(id)
                  return !inStaticGraphOf(ENTRY, id, ctx) && inStaticGraphOf(FRAME, id, ctx) ? 'frame' : null
                },
              },
              // The app that fills the window's frame (host, companion, Today) is one chunk too, fetched once the
              // frame is committed; the screens it loads on first use take only their own code.
              {
                debugName: 'app',
                name: (id, ctx) =>
                  !inStaticGraphOf(CAMERA_PAGE, id, ctx) && inStaticGraphOf(APP, id, ctx) ? 'app' : null,
              },
            ],
          },
        },
      },
    },
  },
})
