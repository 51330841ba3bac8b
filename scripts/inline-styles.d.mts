import type { Plugin } from 'vite'

export declare function styleHash(text: string): string
export declare function inlineStylesheets(html: string, stylesheets: (file: string) => string | undefined): string
export declare function inlineStyles(options: { pages: string[] }): Plugin
