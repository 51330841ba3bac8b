import type { Catalog } from '../catalog'

export const uiCore: Catalog = {
  Today: 'Hoy',
  Routines: 'Rutinas',
  Therapy: 'Terapia',
  Learn: 'Aprender',
  Journal: 'Diario',
  Settings: 'Ajustes',
  Main: 'Principal',
  'Is this serious?': '¿Es grave?',
  'Skip to content': 'Saltar al contenido',
  'Starting…': 'Iniciando…',
  'Unknot offers general information and reminders, not medical advice. If your pain is severe, new or worrying, contact a health professional.':
    'Unknot ofrece información general y recordatorios, no consejo médico. Si tu dolor es intenso, nuevo o te preocupa, consulta a un profesional de la salud.',
}
