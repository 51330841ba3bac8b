import type { Catalog } from '../catalog'

export const articles: Catalog = {}
