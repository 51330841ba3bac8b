// npm run sources:doc: writes docs/SOURCES.md from the source table and the content that cites it.
// The content is TypeScript, so it is loaded through Vite (already a dev dependency) rather than a separate runner.
import { writeFileSync } from 'node:fs'
import { createServer } from 'vite'

const server = await createServer({
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
})
try {
  const { sourcesDoc } = await server.ssrLoadModule('/src/shared/app/sources-doc.ts')
  writeFileSync('docs/SOURCES.md', sourcesDoc())
  console.log('docs/SOURCES.md written')
} finally {
  await server.close()
}
