import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { judge, readBudgets, type Figure } from '../../scripts/bench-budgets.mjs'

const readme = readFileSync('README.md', 'utf8')
const benchSources = readdirSync('bench')
  .filter((file) => /\.(ts|mjs)$/.test(file))
  .map((file) => readFileSync(`bench/${file}`, 'utf8'))
  .join('\n')

const figure = (name: string, value: number, budget?: string): Figure => ({
  group: 'core',
  name,
  value,
  unit: 'ms',
  ...(budget === undefined ? {} : { budget }),
})

describe("the README's budget table", () => {
  const budgets = readBudgets(readme)

  test('budgets every figure it names with a readable limit', () => {
    expect(budgets.size).toBeGreaterThan(10)
    expect(budgets.get('main-thread busy, Today screen open, nothing running')).toBe('< 5 ms/s')
  })

  test('names only figures a bench measures', () => {
    const unmeasured = [...budgets.keys()].filter((name) => !benchSources.includes(`'${name}'`))
    expect(unmeasured).toEqual([])
  })

  test('agrees with every budget a bench still names itself', () => {
    const named = [...benchSources.matchAll(/name: '([^']+)',[^{}]*?budget: '([^']+)'/g)]
    const disagreeing = named
      .filter(([, name, budget]) => budgets.get(name!) !== budget)
      .map(([, name, budget]) => `${name}: ${budget} in the bench, ${budgets.get(name!)} in the README`)
    expect(disagreeing).toEqual([])
  })
})

describe('judging figures against the budgets', () => {
  const budgets = new Map([
    ['strict', '< 100 ms'],
    ['inclusive', '≤ 400 /h'],
    ['none allowed', '0'],
  ])
  const within = [figure('strict', 99), figure('inclusive', 400), figure('none allowed', 0), figure('unbudgeted', 7)]

  test('figures within their budgets pass, each with its share of the budget', () => {
    const { figures, problems } = judge(within, budgets)
    expect(problems).toEqual([])
    expect(figures.map((f) => [f.name, f.budget, f.share?.text])).toEqual([
      ['strict', '< 100 ms', '99 %'],
      ['inclusive', '≤ 400 /h', '100 %'],
      ['none allowed', '0', 'none'],
      ['unbudgeted', undefined, undefined],
    ])
  })

  test('a figure at a strict limit, above an inclusive one or above zero is over', () => {
    const { figures, problems } = judge(
      [figure('strict', 100), figure('inclusive', 401), figure('none allowed', 1)],
      budgets,
    )
    expect(figures.map((f) => f.share?.text)).toEqual(['OVER (100 %)', 'OVER (100 %)', 'OVER (some)'])
    expect(problems).toEqual([
      '"strict" is over its budget: 100 ms, budget < 100 ms',
      '"inclusive" is over its budget: 401 ms, budget ≤ 400 /h',
      '"none allowed" is over its budget: 1.00 ms, budget 0',
    ])
  })

  test('a bench naming a budget the table does not have, and a row no figure answers, are problems', () => {
    const { problems } = judge([figure('strict', 1, '< 200 ms'), figure('inclusive', 1)], budgets)
    expect(problems).toEqual([
      '"strict" names the budget < 200 ms, the README < 100 ms',
      'the README budgets "none allowed", no bench measures it',
    ])
  })

  test('a table it cannot read is refused with the row', () => {
    const table = '| group | figure | budget |\n|---|---|---|\n| core | fast | soon |\n'
    expect(() => readBudgets(table)).toThrow('cannot read: | core | fast | soon |')
    expect(() => readBudgets('no table')).toThrow('The README has no budget table')
  })
})
