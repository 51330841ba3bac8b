import { useTranslation } from 'react-i18next'
import { RED_FLAG_QUESTIONS, type RedFlagAnswers, type RedFlagQuestionId } from '../../../../shared/content'

/** Every checklist question as a checkbox: ticked means yes, left empty means no. */
export function Questions({
  answers,
  onChange,
}: {
  answers: RedFlagAnswers
  onChange: (id: RedFlagQuestionId, yes: boolean) => void
}) {
  const { t } = useTranslation()
  return (
    <fieldset className="red-flag-questions">
      <legend>{t('Tick each one that is true for you now')}</legend>
      <p className="red-flag-hint">{t('Leave it empty if the answer is no. Nothing is saved unless you choose to.')}</p>
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
    </fieldset>
  )
}
