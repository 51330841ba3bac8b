import type { Plugin } from 'vite'

export function faceModels(): Plugin
