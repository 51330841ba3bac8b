import type { Catalog } from '../catalog'

export const uiPractice: Catalog = {}
