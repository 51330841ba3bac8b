/**
 * Caution texts shared by several exercises, in our own words. An exercise that carries a sourced caution also cites
 * its source (pregnancy: acog-pregnancy; osteoporosis and knee-to-chest: mayo-stretches). Carrying Mayo's
 * osteoporosis advice over to other deep forward bends (cat–cow, the seated knee hug) is our inference, and the
 * twisting and surgery cautions are Unknot's own care, the kind a physiotherapist would expect: no listed source
 * states them, so they ask the person to check with their clinician rather than forbid.
 */

/** Every exercise carries this one; the validator checks for it. */
export const GENERAL_CAUTION =
  'Stop if a movement brings sharp pain, pain that spreads, or new or worsening symptoms, and only go as far as feels comfortable.'

export const NECK_DIZZINESS = 'If you feel dizzy or light-headed, stop moving your neck and sit quietly for a moment.'

export const OSTEOPOROSIS_KNEE_TO_CHEST =
  'If you have osteoporosis, leave this one out: drawing the knee to the chest bends the spine deeply, which is linked with a risk of compression fracture.'

export const LYING_ON_BACK_IN_PREGNANCY =
  'If you are pregnant, take care with long spells flat on your back from about 16 weeks on: the weight of the womb can press on a large vein. A seated or standing exercise is a gentler choice; ask your midwife or doctor if unsure.'

export const OSTEOPOROSIS_ROUNDING =
  'If you have osteoporosis, keep the rounding small or leave this out, and ask your doctor or physiotherapist which back movements suit you: bending the spine forward deeply is linked with a risk of compression fracture.'

export const OSTEOPOROSIS_TWIST =
  'If you have osteoporosis, ask your doctor or physiotherapist before twisting exercises, and keep any twist small and slow.'

export const RECENT_BACK_OR_HIP_SURGERY =
  'If you have had back or hip surgery recently, or have a hip replacement, ask your surgeon or physiotherapist first.'

export const NEW_DURING_FLARE =
  'Do not try this for the first time in the middle of a bad flare-up; ask a GP or physiotherapist first.'

export const PAINFUL_SHOULDER = 'Leave this out if your shoulder is painful.'

export const BREATHING_DIZZINESS = 'If you feel dizzy or light-headed, go back to breathing normally.'

export const BREATHING_MEDICAL =
  'If you have a medical condition, check with a clinician before making breathing exercises a habit.'
