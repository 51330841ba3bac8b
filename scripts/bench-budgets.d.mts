import type { Figure } from '../bench/record'

export type { Figure }
export interface JudgedFigure extends Figure {
  share?: { over: boolean; text: string }
}
export function readBudgets(readme: string): Map<string, string>
export function formatValue(value: number): string
export function judge(figures: Figure[], budgets: Map<string, string>): { figures: JudgedFigure[]; problems: string[] }
