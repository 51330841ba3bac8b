export declare function writeCases(outDir?: string, options?: { again?: boolean }): Promise<string>
