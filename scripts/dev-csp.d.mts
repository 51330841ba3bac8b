import type { Plugin } from 'vite'

export declare function relaxForDevServer(html: string): string
export declare function devServerCsp(): Plugin
