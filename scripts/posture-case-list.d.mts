export declare const WIDTH: number
export declare const HEIGHT: number
export declare const CASES_DIR: string
export interface PostureCase {
  name: string
  image: string
  expect: 'upright' | 'leaning-in' | 'dropped' | 'tilted' | 'aside' | 'present' | 'nobody'
}
export declare const CASES: PostureCase[]
export declare function sampleImagesDir(): string | null
export declare function casesWritten(dir?: string): boolean
export declare const FACE: { x: number; y: number }
