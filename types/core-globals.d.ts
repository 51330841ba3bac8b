// The pure core is type-checked with no DOM and no Node types (tsconfig.core.json). The one environment global it
// uses is the WHATWG URL parser, which Node and every browser offer alike; this declares only what the core reads.
interface URL {
  readonly href: string
  readonly protocol: string
  readonly hostname: string
  readonly username: string
  readonly password: string
}

declare const URL: { new (url: string, base?: string): URL; prototype: URL }
