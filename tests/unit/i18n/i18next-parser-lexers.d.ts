// i18next-parser exports its lexers at runtime but its type declarations only describe the CLI config.
declare module 'i18next-parser' {
  interface LexerOptions {
    functions?: string[]
  }
  interface ExtractedKey {
    key: string
    count?: string
    [option: string]: string | undefined
  }
  export class JsxLexer {
    constructor(options?: LexerOptions)
    extract(content: string, filename: string): ExtractedKey[]
  }
  export class JavascriptLexer {
    constructor(options?: LexerOptions)
    extract(content: string, filename: string): ExtractedKey[]
  }
}
