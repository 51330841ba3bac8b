import type { Catalog } from '../catalog'

export const messages: Catalog = {}
