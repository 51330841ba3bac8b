export interface Figure {
  group: string
  name: string
  value: number
  unit: string
  budget?: string
}
export interface JudgedFigure extends Figure {
  share?: { over: boolean; text: string }
}
export function readBudgets(readme: string): Map<string, string>
export function limitOf(budget: string | undefined): { limit: number; strict: boolean } | undefined
export function formatValue(value: number): string
export function judge(figures: Figure[], budgets: Map<string, string>): { figures: JudgedFigure[]; problems: string[] }
