import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { assessRedFlags, type RedFlagAnswers, type RedFlagResult } from '../../../../shared/content'
import { Outcome } from './Outcome'
import { Questions } from './Questions'
import './red-flags.css'

const PROBLEM_ID = 'red-flag-choice-needed'

/** "Is this serious?": a checklist answered in the page; nothing leaves it unless the person saves the outcome. */
export function RedFlagsScreen() {
  const { t } = useTranslation()
  const [answers, setAnswers] = useState<RedFlagAnswers>({})
  const [noneApply, setNoneApply] = useState(false)
  const [shown, setShown] = useState<{ result: RedFlagResult; at: number } | null>(null)
  const [problem, setProblem] = useState<{ text: string; at: number } | null>(null)
  const problemBox = useRef<HTMLParagraphElement>(null)

  // Each time an empty form is sent, the request for a choice takes the focus, so it is heard and seen at once.
  useEffect(() => {
    if (problem) problemBox.current?.focus()
  }, [problem])

  // Any change makes a shown outcome or request out of date, so it goes until asked again.
  const changed = (): void => {
    setShown(null)
    setProblem(null)
  }

  return (
    <div className="red-flags">
      {shown && <Outcome key={shown.at} result={shown.result} />}
      <p className="red-flags-intro">
        {t(
          'A few questions about warning signs. Unknot then says whether to get help now, today, soon, or whether looking after yourself is reasonable.',
        )}
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          const assessment = assessRedFlags({ answers, noneApply })
          if (!assessment.ok) {
            setShown(null)
            setProblem((previous) => ({ text: assessment.error, at: (previous?.at ?? 0) + 1 }))
            return
          }
          setProblem(null)
          setShown((previous) => ({ result: assessment.result, at: (previous?.at ?? 0) + 1 }))
        }}
      >
        <Questions
          answers={answers}
          noneApply={noneApply}
          problemId={problem ? PROBLEM_ID : undefined}
          onChange={(id, yes) => {
            changed()
            if (yes) setNoneApply(false)
            setAnswers((previous) => ({ ...previous, [id]: yes }))
          }}
          onNoneApply={(none) => {
            changed()
            setNoneApply(none)
            if (none) setAnswers({})
          }}
        />
        {problem && (
          <p key={problem.at} ref={problemBox} id={PROBLEM_ID} role="alert" tabIndex={-1} className="field-error">
            {t(problem.text)}
          </p>
        )}
        <div className="red-flags-buttons">
          <button type="submit" className="primary">
            {t('See what to do')}
          </button>
          <button
            type="button"
            onClick={() => {
              changed()
              setAnswers({})
              setNoneApply(false)
            }}
          >
            {t('Clear answers')}
          </button>
        </div>
      </form>
    </div>
  )
}
