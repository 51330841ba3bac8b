import type { Catalog } from '../catalog'

/** The plural forms of "Check my desktop" in Settings and of its warning in the tray. */
export const desktopCheck: Catalog = {
  'Checked: {{count}} problem to fix._one': 'Checked: {{count}} problem to fix.',
  'Checked: {{count}} problem to fix._other': 'Checked: {{count}} problems to fix.',
  '⚠ Check my desktop: {{count}} problem_one': '⚠ Check my desktop: {{count}} problem',
  '⚠ Check my desktop: {{count}} problem_other': '⚠ Check my desktop: {{count}} problems',
}
