import type { ReminderView } from '../../../../shared/reminders'
import { useTranslate } from '../../i18n/useTranslate'
import { BreakPrompt } from '../today/BreakPrompt'

/**
 * "Try a break now": the real prompt (and, outside the window, the real notification), so the person sees what
 * will happen. Its buttons only close it: a preview is not a break.
 */
export function TryBreak({
  prompt,
  onTry,
  onClose,
  error,
}: {
  prompt: ReminderView['prompt']
  onTry: () => void
  onClose: () => void
  error: string | null
}) {
  const { t } = useTranslate()
  const preview = prompt?.preview ? prompt : null
  return (
    <>
      <p>
        {t(
          'When a break is due, a prompt like this one appears on Today, and a notification comes with it even while the window is closed.',
        )}
      </p>
      {preview ? (
        <>
          <p className="setup-note">{t('This is a preview: its buttons only close it, and it is not counted.')}</p>
          <BreakPrompt prompt={preview} actions={{ start: onClose, snooze: onClose, skip: onClose }} error={error} />
        </>
      ) : (
        <button type="button" onClick={onTry}>
          {t('Try a break now')}
        </button>
      )}
    </>
  )
}
