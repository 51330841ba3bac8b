import type { LinkTarget } from '../../../../shared/content'

/** The hash an article's action points to; ids after the screen name are for screens that read them. */
export function targetHref(target: LinkTarget): string {
  switch (target.screen) {
    case 'routines':
      return target.routineId ? `#/routines/${target.routineId}` : '#/routines'
    case 'therapy':
      return target.presetId ? `#/therapy/${target.presetId}` : '#/therapy'
    case 'settings':
      return '#/settings'
    case 'learn':
      return articleHref(target.articleId)
    case 'red-flags':
      return '#/red-flags'
  }
}

export function articleHref(articleId: string, sectionId?: string): string {
  return sectionId ? `#/learn/${articleId}/${sectionId}` : `#/learn/${articleId}`
}

/** Element id of a section on the page, unique across the screen. */
export function sectionDomId(sectionId: string): string {
  return `section-${sectionId}`
}
