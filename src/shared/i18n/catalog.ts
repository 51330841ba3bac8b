/**
 * A catalog maps the English text used in the code (the key) to its translation. English needs entries only for
 * plural forms (`key_one`, `key_other`); any other English key is shown as written.
 */
export type Catalog = Readonly<Record<string, string>>

export type TranslationValues = Record<string, string | number>

/** The port through which shared code turns English text and values into the person's language. */
export type Translate = (text: string, values?: TranslationValues) => string

/**
 * One catalog from the areas' catalogs. Where two areas translate the same text differently the first wins: a
 * wording clash must never stop the app from starting. The catalog test fails on any clash (`clashesBetween`).
 */
export function mergeCatalogs(...catalogs: Catalog[]): Catalog {
  const merged: Record<string, string> = {}
  for (const catalog of catalogs) {
    for (const [key, value] of Object.entries(catalog)) if (!(key in merged)) merged[key] = value
  }
  return merged
}

/** The texts that two of the catalogs translate differently. */
export function clashesBetween(catalogs: Record<string, Catalog>): string[] {
  const seen = new Map<string, { area: string; value: string }>()
  const clashes: string[] = []
  for (const [area, catalog] of Object.entries(catalogs)) {
    for (const [key, value] of Object.entries(catalog)) {
      const first = seen.get(key)
      if (!first) seen.set(key, { area, value })
      else if (first.value !== value) clashes.push(`"${key}": ${first.area} says "${first.value}", ${area} "${value}"`)
    }
  }
  return clashes
}

/**
 * Marks English text that is defined in one place and translated where it is shown (lists of labels, schema
 * messages). It returns the text unchanged; the catalog test finds every marked text and requires a translation.
 */
export function msg<T extends string>(text: T): T {
  return text
}
