import type { Catalog } from '../catalog'

export const practiceContent: Catalog = {}
