import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { EXERCISES, POSE_KEYS } from '../../../src/shared/routines'
import { PoseIllustration } from '../../../src/renderer/src/illustrations/PoseIllustration'
import { POSE_DRAWINGS } from '../../../src/renderer/src/illustrations/poses'

describe('exercise illustrations', () => {
  it('draws every pose the content can name, and nothing else', () => {
    expect(Object.keys(POSE_DRAWINGS).sort()).toEqual([...POSE_KEYS].sort())
    for (const exercise of EXERCISES) expect(POSE_DRAWINGS[exercise.pose]).toBeDefined()
  })

  it('keeps every joint inside the drawing', () => {
    for (const [key, drawing] of Object.entries(POSE_DRAWINGS)) {
      for (const body of drawing.frames) {
        const points = [body.head, body.neck, body.hip, ...body.knees, ...body.feet, ...body.elbows, ...body.hands]
        for (const [x, y] of points) {
          expect({ key, inside: x >= 2 && x <= 118 && y >= 2 && y <= 98 }).toEqual({ key, inside: true })
        }
      }
    }
  })

  it('is an image with a name; a two-pose drawing moves only when asked', () => {
    const { rerender } = render(<PoseIllustration pose="cat-cow" label="Illustration: Cat–cow" />)
    const image = screen.getByRole('img', { name: 'Illustration: Cat–cow' })
    expect(image.getAttribute('class')).toBe('pose pose-moving')
    expect(image.querySelectorAll('.pose-frame')).toHaveLength(2)
    rerender(<PoseIllustration pose="cat-cow" label="Illustration: Cat–cow" moving={false} />)
    expect(screen.getByRole('img').getAttribute('class')).toBe('pose')
    rerender(<PoseIllustration pose="box-breathing" label="Illustration: Box breathing" />)
    expect(screen.getByRole('img').getAttribute('class')).toBe('pose')
    expect(screen.getByRole('img').querySelectorAll('.pose-frame')).toHaveLength(1)
  })
})
