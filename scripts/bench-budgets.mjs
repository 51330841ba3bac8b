// The budgets npm run bench checks live in one place: the README's "Performance" table, one row per figure.

const HEADER = /^\|\s*group\s*\|\s*figure\s*\|\s*budget\s*\|$/

/** The README's budget table as a map from figure name to budget ("< 250 KiB", "≤ 400 /h", "0"). */
export function readBudgets(readme) {
  const lines = readme.split('\n')
  const start = lines.findIndex((line) => HEADER.test(line.trim()))
  if (start < 0) throw new Error('The README has no budget table (a "| group | figure | budget |" table).')
  const budgets = new Map()
  for (const line of lines.slice(start + 2)) {
    if (!line.trim().startsWith('|')) break
    const [, name, budget] = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim())
    if (!name || !limitOf(budget)) throw new Error(`The README's budget table has a row it cannot read: ${line}`)
    if (budgets.has(name)) throw new Error(`The README's budget table names "${name}" twice.`)
    budgets.set(name, budget)
  }
  return budgets
}

/** "< 250 KiB" → { limit: 250, strict: true }; "≤ 400 /h" or "0" → not strict. Undefined when unreadable. */
function limitOf(budget) {
  const match = /^(<|≤)?\s*(\d+(?:\.\d+)?)(\s|$)/.exec(budget ?? '')
  return match ? { limit: Number(match[2]), strict: match[1] === '<' } : undefined
}

/**
 * Gives each figure its budget from the table and says what is wrong: a figure over its budget, a figure that
 * names a budget of its own the table does not have, a table row no figure answers.
 */
export function judge(figures, budgets) {
  const problems = []
  const judged = figures.map((figure) => {
    const budget = budgets.get(figure.name)
    if (figure.budget !== undefined && figure.budget !== budget) {
      problems.push(`"${figure.name}" names the budget ${figure.budget}, the README ${budget ?? 'none'}`)
    }
    const share = budget === undefined ? undefined : shareOf(figure.value, budget)
    if (share?.over)
      problems.push(
        `"${figure.name}" is over its budget: ${formatValue(figure.value)} ${figure.unit}, budget ${budget}`,
      )
    return { ...figure, budget, share }
  })
  for (const name of budgets.keys()) {
    if (!figures.some((figure) => figure.name === name))
      problems.push(`the README budgets "${name}", no bench measures it`)
  }
  return { figures: judged, problems }
}

/** A figure as the table prints it: three significant digits at most, whole numbers from 100. */
export function formatValue(value) {
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 1 ? value.toFixed(2) : value.toPrecision(3)
}

function shareOf(value, budget) {
  const { limit, strict } = limitOf(budget)
  const over = strict ? value >= limit : value > limit
  const share = limit === 0 ? (value === 0 ? 'none' : 'some') : `${Math.round((value / limit) * 100)} %`
  return { over, text: over ? `OVER (${share})` : share }
}
