import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { devServerCsp } from './scripts/dev-csp.mjs'
import { faceModels } from './scripts/face-models.mjs'

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
    plugins: [react(), devServerCsp(), faceModels()],
    // electron-vite leaves bundles unminified by default; the renderer is minified to load and parse quickly.
    // The face detector's chunk (TensorFlow.js inside, about 1.3 MB) loads only when the camera is turned on.
    // camera.html is the desktop's hidden camera page (src/main/camera-window.ts).
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      chunkSizeWarningLimit: 1400,
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/renderer/index.html'),
          camera: resolve(__dirname, 'src/renderer/camera.html'),
        },
      },
    },
  },
})
