/** Caution texts shared by several exercises, written in our own words from content-facts.md §3a–3b. */

/** Every exercise carries this one; the validator checks for it. */
export const GENERAL_CAUTION =
  'Stop if a movement brings sharp pain, pain that spreads, or new or worsening symptoms, and only go as far as feels comfortable.'

export const NECK_DIZZINESS = 'If you feel dizzy or light-headed, stop moving your neck and sit quietly for a moment.'

export const OSTEOPOROSIS_KNEE_TO_CHEST =
  'If you have osteoporosis, leave this one out: drawing the knee to the chest bends the spine deeply, which is linked with a risk of compression fracture.'

export const LYING_ON_BACK_IN_PREGNANCY =
  'If you are pregnant and past the first trimester, avoid exercising flat on your back; pick a seated or standing exercise instead.'

export const NEW_DURING_FLARE =
  'Do not try this for the first time in the middle of a bad flare-up; ask a GP or physiotherapist first.'

export const PAINFUL_SHOULDER = 'Leave this out if your shoulder is painful.'

export const BREATHING_DIZZINESS = 'If you feel dizzy or light-headed, go back to breathing normally.'

export const BREATHING_MEDICAL =
  'If you have a medical condition, check with a clinician before making breathing exercises a habit.'
