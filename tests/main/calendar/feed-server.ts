import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'

export const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/calendar', name), 'utf8')

type Route = (request: IncomingMessage, response: ServerResponse) => void

/** A calendar server on 127.0.0.1 at a free port, serving what each test puts at a path. */
export async function startFeedServer() {
  const routes = new Map<string, Route>()
  const requests: string[] = []
  const hanging = new Set<ServerResponse>()
  const server = createServer((request, response) => {
    requests.push(request.url ?? '')
    const route = routes.get(request.url ?? '')
    if (route) route(request, response)
    else response.writeHead(404).end('not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    requests,
    serve(path: string, body: string, headers: Record<string, string> = {}) {
      routes.set(path, (_request, response) =>
        response.writeHead(200, { 'content-type': 'text/calendar', ...headers }).end(body),
      )
    },
    status(path: string, status: number, headers: Record<string, string> = {}) {
      routes.set(path, (_request, response) => response.writeHead(status, headers).end())
    },
    /** answers with headers, then never sends the body */
    hang(path: string) {
      routes.set(path, (_request, response) => {
        hanging.add(response)
        response.writeHead(200, { 'content-type': 'text/calendar' })
        response.write('BEGIN:VCALENDAR\r\n')
      })
    },
    route(path: string, route: Route) {
      routes.set(path, route)
    },
    async close() {
      for (const response of hanging) response.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

export type FeedServer = Awaited<ReturnType<typeof startFeedServer>>
