import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { JavascriptLexer, JsxLexer } from 'i18next-parser'
import { describe, expect, it } from 'vitest'
import { areas as englishAreas, catalog as english } from '../../../src/shared/i18n/en'
import { areas as spanishAreas, catalog as spanish } from '../../../src/shared/i18n/es'
import { clashesBetween, mergeCatalogs, type Catalog } from '../../../src/shared/i18n'

interface Use {
  key: string
  plural: boolean
  file: string
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return path.endsWith(join('shared', 'i18n')) ? [] : sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** Every English text the code passes to t() or marks with msg(), found by i18next's own parser. */
function textsInCode(): Use[] {
  const jsx = new JsxLexer({ functions: ['t', 'msg'] })
  const js = new JavascriptLexer({ functions: ['t', 'msg'] })
  return sourceFiles('src').flatMap((file) => {
    const lexer = file.endsWith('.tsx') ? jsx : js
    return lexer.extract(readFileSync(file, 'utf8'), file).map((found) => ({
      key: found.key,
      plural: 'count' in found,
      file,
    }))
  })
}

const pluralForms = (locale: string) => new Intl.PluralRules(locale).resolvedOptions().pluralCategories
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort()

function missingIn(catalog: Catalog, locale: string, uses: Use[]): string[] {
  return uses.flatMap(({ key, plural, file }) => {
    const needed = plural ? pluralForms(locale).map((form) => `${key}_${form}`) : [key]
    return needed.filter((name) => catalog[name] === undefined).map((name) => `${name}  (${file})`)
  })
}

describe('translation catalogs', () => {
  const uses = textsInCode()

  it('finds the texts the code marks for translation', () => {
    expect(uses.map((use) => use.key)).toEqual(expect.arrayContaining(['Today', 'Skip to content']))
  })

  it('uses no computed keys the parser cannot read', () => {
    expect(uses.filter((use) => use.key.includes('${')).map((use) => `${use.key} (${use.file})`)).toEqual([])
  })

  it('has every English plural form', () => {
    expect(
      missingIn(
        english,
        'en',
        uses.filter((use) => use.plural),
      ),
    ).toEqual([])
  })

  it('has a Spanish translation for every text in the code', () => {
    expect([...new Set(missingIn(spanish, 'es', uses))]).toEqual([])
  })

  it('keeps the same {{placeholders}} in each translation', () => {
    const mismatched = Object.entries(spanish).filter(([key, text]) => {
      const source = english[key] ?? key.replace(/_(zero|one|two|few|many|other)$/, '')
      return placeholders(source).join() !== placeholders(text).join()
    })
    expect(mismatched).toEqual([])
  })

  it('has no text that two areas translate differently', () => {
    expect(clashesBetween(englishAreas)).toEqual([])
    expect(clashesBetween(spanishAreas)).toEqual([])
  })

  it('would report a clash, and still start with the first wording', () => {
    const clash = { a: { Pause: 'Pausa' }, b: { Pause: 'Pausar' } }
    expect(clashesBetween(clash)).toEqual(['"Pause": a says "Pausa", b "Pausar"'])
    expect(mergeCatalogs(clash.a, clash.b)).toEqual({ Pause: 'Pausa' })
  })
})
