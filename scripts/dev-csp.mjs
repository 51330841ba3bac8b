// The renderer's Content-Security-Policy is written in src/renderer/index.html, and a build ships it as written.
// The dev server alone needs more, and gets it only there (`apply: 'serve'`: a build never runs this plugin):
// - script-src 'unsafe-inline': @vitejs/plugin-react puts the React Refresh preamble in an inline script;
// - style-src 'unsafe-inline': Vite injects each imported stylesheet as a <style> element;
// - connect-src ws://localhost:* ws://127.0.0.1:*: Vite's hot reload talks to the dev server over a WebSocket.

const DEV_ONLY = {
  'script-src': ["'unsafe-inline'"],
  'style-src': ["'unsafe-inline'"],
  'connect-src': ['ws://localhost:*', 'ws://127.0.0.1:*'],
}

const META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/

/** The page with its policy widened for the dev server; throws when the page has no policy to widen. */
export function relaxForDevServer(html) {
  if (!META.test(html))
    throw new Error('index.html has no Content-Security-Policy meta tag to relax for the dev server')
  return html.replace(META, (_match, before, policy, after) => `${before}${relaxPolicy(policy)}${after}`)
}

function relaxPolicy(policy) {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name = '', ...sources] = directive.split(/\s+/)
      const extra = DEV_ONLY[name] ?? []
      return [name, ...sources, ...extra.filter((source) => !sources.includes(source))].join(' ')
    })
    .join('; ')
}

/** The Vite plugin: in the dev server only. */
export function devServerCsp() {
  return { name: 'unknot-dev-server-csp', apply: 'serve', transformIndexHtml: relaxForDevServer }
}
