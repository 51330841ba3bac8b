import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { assessRedFlags, type RedFlagAnswers, type RedFlagResult } from '../../../../shared/content'
import { Outcome } from './Outcome'
import { Questions } from './Questions'
import './red-flags.css'

/** "Is this serious?": a checklist answered in the page; nothing leaves it unless the person saves the outcome. */
export function RedFlagsScreen() {
  const { t } = useTranslation()
  const [answers, setAnswers] = useState<RedFlagAnswers>({})
  const [shown, setShown] = useState<{ result: RedFlagResult; at: number } | null>(null)

  return (
    <div className="red-flags">
      {shown && <Outcome key={shown.at} result={shown.result} />}
      <p className="red-flags-intro">
        {t(
          'A few questions about warning signs. Unknot then says whether to get help now, today, soon, or whether looking after yourself is reasonable.',
        )}
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          setShown((previous) => ({ result: assessRedFlags(answers), at: (previous?.at ?? 0) + 1 }))
        }}
      >
        <Questions
          answers={answers}
          onChange={(id, yes) => {
            // A changed answer makes the shown outcome out of date, so it goes until asked again.
            setShown(null)
            setAnswers((previous) => ({ ...previous, [id]: yes }))
          }}
        />
        <div className="red-flags-buttons">
          <button type="submit" className="primary">
            {t('See what to do')}
          </button>
          <button
            type="button"
            onClick={() => {
              setShown(null)
              setAnswers({})
            }}
          >
            {t('Clear answers')}
          </button>
        </div>
      </form>
    </div>
  )
}
