import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import { connect, createServer } from 'node:net'
import { join } from 'node:path'

/** What the running Unknot answers a command-line launch: what to print, and the exit code. */
export interface Reply {
  code: number
  text: string
}

/**
 * Electron's single-instance event carries the command to the running Unknot, but nothing back: the second launch
 * listens on a one-off local socket (a named pipe on Windows) and the running Unknot answers there. The address
 * belongs to this user: a folder in the user-data directory, or a pipe named after it.
 */
export function replyAddress(userData: string, platform: NodeJS.Platform = process.platform): string {
  const id = randomBytes(8).toString('hex')
  if (platform === 'win32') return `\\\\.\\pipe\\unknot-cli-${userHash(userData)}-${id}`
  return join(userData, 'cli', `reply-${id}.sock`)
}

/** Whether a reply address is one this user's second launch could have made: nothing else is ever connected to. */
export function isReplyAddress(
  address: unknown,
  userData: string,
  platform: NodeJS.Platform = process.platform,
): address is string {
  if (typeof address !== 'string') return false
  if (platform === 'win32') {
    const prefix = `\\\\.\\pipe\\unknot-cli-${userHash(userData)}-`
    return address.startsWith(prefix) && /^[0-9a-f]{16}$/.test(address.slice(prefix.length))
  }
  const folder = join(userData, 'cli') + '/'
  return address.startsWith(folder) && /^reply-[0-9a-f]{16}\.sock$/.test(address.slice(folder.length))
}

const userHash = (userData: string) => createHash('sha256').update(userData).digest('hex').slice(0, 12)

const MAX_REPLY_BYTES = 64 * 1024

export interface ReplyListener {
  /** the first reply that arrives */
  reply: Promise<Reply>
  close(): void
}

/** Listens for the one reply; the socket file is removed when it closes. */
export function listenForReply(address: string): Promise<ReplyListener> {
  if (!address.startsWith('\\\\')) mkdirSync(join(address, '..'), { recursive: true, mode: 0o700 })
  let resolve!: (reply: Reply) => void
  const reply = new Promise<Reply>((done) => (resolve = done))
  const server = createServer((socket) => {
    let text = ''
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => {
      text += chunk
      if (text.length > MAX_REPLY_BYTES) socket.destroy()
    })
    socket.on('end', () => {
      const parsed = parseReply(text)
      if (parsed) resolve(parsed)
    })
  })
  const close = () => {
    server.close()
    if (!address.startsWith('\\\\')) rmSync(address, { force: true })
  }
  return new Promise((listening, failed) => {
    server.once('error', failed)
    server.listen(address, () => listening({ reply, close }))
  })
}

function parseReply(text: string): Reply | null {
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value !== 'object' || value === null) return null
    const { code, text: printed } = value as Partial<Reply>
    return Number.isInteger(code) && typeof printed === 'string' ? { code: code!, text: printed } : null
  } catch {
    return null
  }
}

/** Sends the reply; a launch that has gone away meanwhile is not an error for the running Unknot. */
export function sendReply(address: string, reply: Reply): Promise<void> {
  return new Promise((done) => {
    const socket = connect(address, () => socket.end(JSON.stringify(reply)))
    socket.on('error', () => done())
    socket.on('close', () => done())
  })
}
