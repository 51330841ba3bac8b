import type { Catalog } from '../catalog'

export const host: Catalog = {}
