/** Source ids from the table at the top of content-facts.md. Authority: P primary, M copy/summary, L lower. */
export type Authority = 'P' | 'M' | 'L'

export interface Source {
  id: string
  title: string
  url?: string
  authority?: Authority
}

export const SOURCES = [
  {
    id: 'who-lbp',
    title: 'WHO fact sheet "Low back pain" (2023)',
    url: 'https://www.who.int/news-room/fact-sheets/detail/low-back-pain',
    authority: 'M',
  },
  {
    id: 'cochrane-heat-cold',
    title: 'Cochrane CD004750, French et al. 2006, "Superficial heat or cold for low back pain"',
    authority: 'P',
  },
  {
    id: 'acp-2017',
    title: 'Qaseem et al., Ann Intern Med 2017, ACP guideline on low back pain',
    url: 'https://www.acpjournals.org/doi/10.7326/M16-2367',
    authority: 'P',
  },
  {
    id: 'nice-ng59',
    title: 'NICE NG59 "Low back pain and sciatica in over 16s"',
    url: 'https://www.nice.org.uk/guidance/ng59',
    authority: 'P',
  },
  { id: 'nhs-back-pain', title: 'NHS "Back pain"', url: 'https://www.nhs.uk/conditions/back-pain/', authority: 'M' },
  {
    id: 'nhs-exercises',
    title: 'NHS "Lower back pain exercises"',
    url: 'https://www.nhs.uk/live-well/exercise/exercises/lower-back-pain-exercises/',
    authority: 'M',
  },
  {
    id: 'nhs-inform-exercises',
    title: 'NHS Inform "Exercises for back pain"',
    url: 'https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain',
    authority: 'M',
  },
  {
    id: 'nhs-ces',
    title: 'Royal Free London NHS "Cauda equina syndrome" leaflet',
    url: 'https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome',
    authority: 'P',
  },
  {
    id: 'nhs-triage-back-pain',
    // Not yet in the facts-sheet table (cited there in section 2a/2b); add it there too.
    title: 'NHS-style back pain triage page (redflagsymptoms.co.uk)',
    url: 'https://redflagsymptoms.co.uk/back-pain',
    authority: 'M',
  },
  {
    id: 'nhs-gp-back-pain',
    // Not yet in the facts-sheet table (cited there in section 2b); add it there too.
    title: 'Bridgwater Bay Health Centre (NHS GP) "Back pain"',
    url: 'https://bridgwaterbayhealth.nhs.uk/back-pain',
    authority: 'P',
  },
  {
    id: 'mayo-see-doctor',
    title: 'Mayo Clinic "When to see a doctor for back pain"',
    url: 'https://mayoclinic.org/connected-care/when-to-see-a-doctor-for-back-pain/cpt-20470965',
    authority: 'P',
  },
  {
    id: 'mayo-stretches',
    title: 'Mayo Clinic "A guide to basic stretches"',
    url: 'https://www.mayoclinic.org/healthy-lifestyle/fitness/multimedia/stretching/sls-20076840',
    authority: 'P',
  },
  {
    id: 'mayo-workday',
    title: 'Mayo Clinic Sports Medicine "The importance of stretching during your workday"',
    url: 'https://sportsmedicine.mayoclinic.org/news/the-importance-of-stretching-during-your-workday',
    authority: 'P',
  },
  {
    id: 'cleveland-spasms',
    title: 'Cleveland Clinic "Back Spasms"',
    url: 'https://my.clevelandclinic.org/health/diseases/22881-back-spasms',
    authority: 'P',
  },
  {
    id: 'cleveland-ice-heat',
    title: 'Cleveland Clinic "Ice vs. Heat"',
    url: 'https://health.clevelandclinic.org/should-you-use-ice-or-heat-for-pain-infographic',
    authority: 'P',
  },
  {
    id: 'nebraska-ice-heat',
    title: 'Nebraska Medicine "When to use ice vs. heat for pain"',
    url: 'https://nebraskamed.com/health/healthy-lifestyle/primary-care/when-to-use-ice-vs-heat-for-pain',
    authority: 'P',
  },
  {
    id: 'tm-ice-heat',
    title: 'Training Matters (pharmacy training) "Ice and heat therapy"',
    url: 'https://www.tmmagazine.co.uk/learning/topical-pain-relief/ice-and-heat-therapy-19027',
    authority: 'P',
  },
  { id: 'acsm-stretching', title: 'ACSM "Stretching and flexibility guidelines update" (2021)' },
  { id: 'harvard-stretching', title: 'Harvard Health "The ideal stretching routine"' },
  {
    id: 'bupa-desk',
    title: 'Bupa UK "Promoting desk exercises in the office"',
    url: 'https://www.bupa.co.uk/business/news-and-information/desk-exercises',
    authority: 'P',
  },
  {
    id: 'hse-breaks',
    title: 'HSE FAQ "Should VDU users be given breaks?"',
    url: 'https://www.hse.gov.uk/contact/faqs/vdubreaks.htm',
    authority: 'P',
  },
  {
    id: 'hse-posture',
    title: 'HSE "Good posture when using display screen equipment"',
    url: 'https://www.hse.gov.uk/MSD/dse/good-posture.htm',
    authority: 'P',
  },
  { id: 'aao-202020', title: 'American Academy of Ophthalmology, 20-20-20 rule (2021 press release)', authority: 'P' },
  {
    id: 'albulescu-2022',
    title: 'Albulescu et al., PLOS ONE 2022, micro-breaks meta-analysis',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9432722',
    authority: 'P',
  },
  {
    id: 'waongenngarm-2021',
    title: 'Waongenngarm et al., Scand J Work Environ Health 2021, active breaks RCT',
    authority: 'P',
  },
  { id: 'buckley-2015', title: 'Buckley et al., BJSM 2015, "The sedentary office" expert statement', authority: 'P' },
  {
    id: 'cochrane-magnesium',
    title: 'Cochrane CD009402, Garrison et al. 2020, magnesium for muscle cramps',
    authority: 'P',
  },
  {
    id: 'box-breathing',
    title: 'Box breathing (secondary pages citing Cleveland Clinic; lower authority)',
    authority: 'L',
  },
  {
    id: 'diaphragmatic-breathing',
    title: 'Diaphragmatic breathing steps (secondary page matching Cleveland Clinic; lower authority)',
    authority: 'L',
  },
] as const satisfies readonly Source[]

export type SourceId = (typeof SOURCES)[number]['id']

export const SOURCE_IDS: readonly string[] = SOURCES.map((source) => source.id)

export function isSourceId(id: string): id is SourceId {
  return SOURCE_IDS.includes(id)
}
