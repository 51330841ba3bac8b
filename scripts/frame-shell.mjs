// Renders the main window's frame (skip link, top bar, navigation, heading, footer) into the built index.html, so a
// window paints its frame, and its links work, before any script has run. The frame's own component renders it
// (src/renderer/src/shell/frame-markup.tsx), so the shipped HTML and what the start hydrates cannot drift apart.
import { createServer } from 'vite'

const EMPTY_ROOT = '<div id="root"></div>'

/** `page`: the HTML file to fill; `module`: a module (from the renderer's root) exporting `frameMarkup()`. */
export function frameShell({ page, module }) {
  return {
    name: 'unknot-frame-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      async handler(html, context) {
        if (context.filename !== page) return html
        if (!html.includes(EMPTY_ROOT)) throw new Error(`${page} has no empty ${EMPTY_ROOT} to render the frame into.`)
        const renderer = await createServer({
          configFile: false,
          root: context.server?.config.root ?? process.cwd(),
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
        })
        try {
          const { frameMarkup } = await renderer.ssrLoadModule(module)
          return html.replace(EMPTY_ROOT, `<div id="root">${frameMarkup()}</div>`)
        } finally {
          await renderer.close()
        }
      },
    },
  }
}
