import type { Catalog } from '../catalog'

/** The first-run setup, "remind me now anyway" and the commands behind them. */
export const firstRun: Catalog = {
  'Whether setup is done must be true or false.': 'Si la configuración está hecha debe ser verdadero o falso.',
  'A break prompt is already showing.': 'Ya se está mostrando un aviso de pausa.',
  'Reminders are already on now.': 'Los recordatorios ya están activos ahora.',
}
