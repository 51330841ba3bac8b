import type { Catalog } from '../catalog'

export const uiCore: Catalog = {}
