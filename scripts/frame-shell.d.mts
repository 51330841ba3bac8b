import type { Plugin } from 'vite'

export function frameShell(options: { page: string; module: string }): Plugin
