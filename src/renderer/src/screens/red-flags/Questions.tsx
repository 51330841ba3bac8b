import { useTranslation } from 'react-i18next'
import {
  NONE_APPLY_LABEL,
  RED_FLAG_QUESTIONS,
  type RedFlagAnswers,
  type RedFlagQuestionId,
} from '../../../../shared/content'

/**
 * Every checklist question as a checkbox (ticked means yes), then "None of these apply to me": an empty form is not
 * a "no", so the person says so. Ticking a sign clears "none", and choosing "none" clears the signs.
 */
export function Questions({
  answers,
  noneApply,
  problemId,
  onChange,
  onNoneApply,
}: {
  answers: RedFlagAnswers
  noneApply: boolean
  /** The id of the message asking for a choice, while it shows. */
  problemId: string | undefined
  onChange: (id: RedFlagQuestionId, yes: boolean) => void
  onNoneApply: (none: boolean) => void
}) {
  const { t } = useTranslation()
  return (
    <fieldset className="red-flag-questions" aria-describedby={problemId}>
      <legend>{t('Tick each one that is true for you now')}</legend>
      <p className="red-flag-hint">
        {t('If none of them is, choose “None of these apply to me” at the end. Nothing is saved unless you choose to.')}
      </p>
      <ul>
        {RED_FLAG_QUESTIONS.map((question) => (
          <li key={question.id}>
            <label>
              <input
                type="checkbox"
                checked={answers[question.id] === true}
                onChange={(event) => onChange(question.id, event.target.checked)}
              />
              <span>{t(question.text)}</span>
            </label>
          </li>
        ))}
      </ul>
      <label className="red-flag-none">
        <input type="checkbox" checked={noneApply} onChange={(event) => onNoneApply(event.target.checked)} />
        <span>{t(NONE_APPLY_LABEL)}</span>
      </label>
    </fieldset>
  )
}
