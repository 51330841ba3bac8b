import { useMemo, useState } from 'react'
import { useTranslate } from '../../i18n/useTranslate'
import type { Snapshot } from '../../../../shared/contract/contract'
import type { Routine } from '../../../../shared/routines'
import { failureText } from '../../../../shared/kernel/message'
import { useDispatch } from '../../state/host-context'
import { usePrepareCueSounds } from '../../sound/CueSounds'
import { draftFromRoutine, emptyDraft, type RoutineDraft } from './draft'
import { Editor } from './Editor'
import { History } from './History'
import { Library } from './Library'
import type { CardActions } from './RoutineCard'
import { Player } from './Player'
import { Summary } from './Summary'
import { useFocusOnMount } from './useFocusOnMount'
import './routines.css'

interface Toast {
  text: string
  /** Puts back a routine that was just deleted. */
  undo?: Routine
}

export function RoutinesScreen({ snapshot }: { snapshot: Snapshot }) {
  const { routines } = snapshot
  const { t } = useTranslate()
  const dispatch = useDispatch()
  const [editing, setEditing] = useState<RoutineDraft | null>(null)
  const [toast, setToast] = useState<Toast | null>(null)
  const [error, setError] = useState('')
  // After the summary or editor closes, focus returns to the library rather than being lost.
  const [returned, setReturned] = useState(false)
  const prepareSounds = usePrepareCueSounds()

  const actions = useMemo<CardActions>(() => {
    const fail = (message: string): void => {
      setError(message)
      setToast(null)
    }
    return {
      start: (routineId) => {
        setError('')
        prepareSounds()
        void dispatch({ type: 'startRoutine', payload: { routineId } }).then((result) => {
          if (!result.ok) fail(result.error)
        })
      },
      duplicate: (routineId) => {
        void dispatch({ type: 'duplicateRoutine', payload: { routineId } }).then((result) => {
          if (!result.ok) return fail(failureText(t, result))
          const copy = result.snapshot.routines.customRoutines.at(-1)
          if (copy) setEditing(draftFromRoutine(copy))
        })
      },
      edit: (routineId) => {
        const routine = routines.customRoutines.find((candidate) => candidate.id === routineId)
        if (routine) setEditing(draftFromRoutine(routine))
      },
      remove: (routineId) => {
        const routine = routines.customRoutines.find((candidate) => candidate.id === routineId)
        void dispatch({ type: 'deleteCustomRoutine', payload: { routineId } }).then((result) => {
          if (!result.ok) return fail(result.error)
          setError('')
          setToast(routine ? { text: t('Deleted “{{name}}”.', { name: t(routine.name) }), undo: routine } : null)
        })
      },
    }
  }, [dispatch, prepareSounds, routines.customRoutines, t])

  const undo = (routine: Routine): void => {
    void dispatch({ type: 'saveCustomRoutine', payload: { routine } }).then((result) => {
      if (result.ok) setToast({ text: t('“{{name}}” is back.', { name: t(routine.name) }) })
      else setError(result.error)
    })
  }
  const closeView = (message: string): void => {
    setReturned(true)
    setEditing(null)
    setToast(message ? { text: message } : null)
  }

  const player = routines.player
  if (player) {
    return player.status === 'done' ? (
      <Summary player={player} customRoutines={routines.customRoutines} onClosed={closeView} />
    ) : (
      <Player player={player} at={snapshot.at} />
    )
  }
  if (editing) return <Editor initial={editing} onClose={closeView} />
  return (
    <div className="routines">
      <LibraryTop focus={returned} onNew={() => setEditing(emptyDraft())} />
      <div className="routines-toast" role="status">
        {toast ? (
          <>
            <span>{toast.text}</span>
            {toast.undo ? (
              <button type="button" onClick={() => toast.undo && undo(toast.undo)}>
                {t('Undo')}
              </button>
            ) : null}
          </>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="routines-error">
          {t(error)}
        </p>
      ) : null}
      <Library
        library={routines.library}
        customRoutines={routines.customRoutines}
        actions={actions}
        gentleOnly={snapshot.flare.active !== null}
      />
      <History entries={routines.history} timeZone={snapshot.timeZone} />
    </div>
  )
}

function LibraryTop({ focus, onNew }: { focus: boolean; onNew: () => void }) {
  const { t } = useTranslate()
  const intro = useFocusOnMount<HTMLParagraphElement>(focus)
  return (
    <div className="routines-top">
      <p ref={intro} tabIndex={-1} className="routines-intro">
        {t('Gentle, guided movement. Stop any exercise that causes sharp or spreading pain.')}
      </p>
      <button type="button" onClick={onNew}>
        {t('New routine')}
      </button>
    </div>
  )
}
