import type { Catalog } from '../catalog'

export const uiLearn: Catalog = {}
