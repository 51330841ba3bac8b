/**
 * Every source Unknot's health content cites: who published it, what it is called, where to read it and how much
 * weight it carries. Authority: P a primary or official page, M a copy or summary of an official source, L a
 * lower-authority page used only where nothing better was found (re-check M and L against the original before a
 * release). docs/SOURCES.md is generated from this table (`npm run sources:doc`).
 */
export type Authority = 'P' | 'M' | 'L'

export interface Source {
  id: string
  publisher: string
  title: string
  url?: string
  authority: Authority
}

export const SOURCES = [
  {
    id: 'who-lbp',
    publisher: 'World Health Organization',
    title: 'Low back pain (fact sheet, 2023)',
    url: 'https://www.who.int/news-room/fact-sheets/detail/low-back-pain',
    authority: 'M',
  },
  {
    id: 'cochrane-heat-cold',
    publisher: 'Cochrane',
    title: 'Superficial heat or cold for low back pain (French et al. 2006)',
    url: 'https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD004750.pub2/full',
    authority: 'P',
  },
  {
    id: 'acp-2017',
    publisher: 'American College of Physicians',
    title: 'Guideline on low back pain (Qaseem et al., Annals of Internal Medicine 2017)',
    url: 'https://www.acpjournals.org/doi/10.7326/M16-2367',
    authority: 'P',
  },
  {
    id: 'nice-ng59',
    publisher: 'NICE',
    title: 'Low back pain and sciatica in over 16s (NG59)',
    url: 'https://www.nice.org.uk/guidance/ng59',
    authority: 'P',
  },
  {
    id: 'nhs-back-pain',
    publisher: 'NHS',
    title: 'Back pain',
    url: 'https://www.nhs.uk/conditions/back-pain/',
    authority: 'M',
  },
  {
    id: 'nhs-exercises',
    publisher: 'NHS',
    title: 'Lower back pain exercises',
    url: 'https://www.nhs.uk/live-well/exercise/exercises/lower-back-pain-exercises/',
    authority: 'M',
  },
  {
    id: 'nhs-inform-exercises',
    publisher: 'NHS Inform',
    title: 'Exercises for back pain',
    url: 'https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain',
    authority: 'M',
  },
  {
    id: 'nhs-ces',
    publisher: 'Royal Free London NHS Foundation Trust',
    title: 'Cauda equina syndrome (patient leaflet)',
    url: 'https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome',
    authority: 'P',
  },
  {
    id: 'nhs-triage-back-pain',
    publisher: 'redflagsymptoms.co.uk',
    title: 'Lower Back Pain (a triage page repeating the NHS wording)',
    url: 'https://redflagsymptoms.co.uk/back-pain',
    authority: 'M',
  },
  {
    id: 'mayo-see-doctor',
    publisher: 'Mayo Clinic',
    title: 'When to see a doctor for back pain',
    url: 'https://mayoclinic.org/connected-care/when-to-see-a-doctor-for-back-pain/cpt-20470965',
    authority: 'P',
  },
  {
    id: 'mayo-stretches',
    publisher: 'Mayo Clinic',
    title: 'A guide to basic stretches',
    url: 'https://www.mayoclinic.org/healthy-lifestyle/fitness/multimedia/stretching/sls-20076840',
    authority: 'P',
  },
  {
    id: 'mayo-office',
    publisher: 'Mayo Clinic',
    title: 'Lower back stretches (video)',
    url: 'https://www.mayoclinic.org/healthy-living/adult-health/multimedia/lower-back-stretches/vid-20084700',
    authority: 'P',
  },
  {
    id: 'mayo-workday',
    publisher: 'Mayo Clinic Sports Medicine',
    title: 'The importance of stretching during your workday',
    url: 'https://sportsmedicine.mayoclinic.org/news/the-importance-of-stretching-during-your-workday',
    authority: 'P',
  },
  {
    id: 'cleveland-spasms',
    publisher: 'Cleveland Clinic',
    title: 'Back Spasms',
    url: 'https://my.clevelandclinic.org/health/diseases/22881-back-spasms',
    authority: 'P',
  },
  {
    id: 'cleveland-ice-heat',
    publisher: 'Cleveland Clinic',
    title: 'Ice vs. Heat',
    url: 'https://health.clevelandclinic.org/should-you-use-ice-or-heat-for-pain-infographic',
    authority: 'P',
  },
  {
    id: 'nebraska-ice-heat',
    publisher: 'Nebraska Medicine',
    title: 'When to use ice vs. heat for pain',
    url: 'https://nebraskamed.com/health/healthy-lifestyle/primary-care/when-to-use-ice-vs-heat-for-pain',
    authority: 'P',
  },
  {
    id: 'tm-ice-heat',
    publisher: 'Training Matters (pharmacy training)',
    title: 'Ice and heat therapy',
    url: 'https://www.tmmagazine.co.uk/learning/topical-pain-relief/ice-and-heat-therapy-19027',
    authority: 'P',
  },
  {
    id: 'acsm-stretching',
    publisher: 'American College of Sports Medicine',
    title: 'Stretching and flexibility guidelines update (2021)',
    url: 'https://www.acsm.org/all-blog-posts/certification-blog/acsm-certified-blog/2021/03/18/stretching-and-flexibility-guidelines-update',
    authority: 'P',
  },
  {
    id: 'harvard-stretching',
    publisher: 'Harvard Health Publishing',
    title: 'The ideal stretching routine',
    url: 'https://www.health.harvard.edu/staying-healthy/the-ideal-stretching-routine',
    authority: 'P',
  },
  {
    id: 'bupa-desk',
    publisher: 'Bupa UK',
    title: 'Promoting desk exercises in the office',
    url: 'https://www.bupa.co.uk/business/news-and-information/desk-exercises',
    authority: 'P',
  },
  {
    id: 'urmston-neck',
    publisher: 'Urmston Physio Clinic',
    title: 'Cervical spondylosis – recommended exercises',
    url: 'http://www.rehabexercise.org/conditions-1/cervical-spondylosis/cervical-spondylosis---recommended-exercises',
    authority: 'L',
  },
  {
    id: 'back-stretches-l',
    publisher: 'Flyost',
    title: '10 Stretching Exercises to Relieve Lower Back Pain',
    url: 'https://www.flyost.com/10-stretching-exercises-to-relieve-lower-back-pain-pi/2/',
    authority: 'L',
  },
  {
    id: 'acog-pregnancy',
    publisher: 'American College of Obstetricians and Gynecologists',
    title: 'Physical activity and exercise during pregnancy and the postpartum period (Committee Opinion 804, 2020)',
    url: 'https://www.acog.org/clinical/clinical-guidance/committee-opinion/articles/2020/04/physical-activity-and-exercise-during-pregnancy-and-the-postpartum-period',
    authority: 'P',
  },
  {
    id: 'hse-breaks',
    publisher: 'Health and Safety Executive',
    title: 'Should VDU users be given breaks? (FAQ)',
    url: 'https://www.hse.gov.uk/contact/faqs/vdubreaks.htm',
    authority: 'P',
  },
  {
    id: 'hse-posture',
    publisher: 'Health and Safety Executive',
    title: 'Good posture when using display screen equipment',
    url: 'https://www.hse.gov.uk/MSD/dse/good-posture.htm',
    authority: 'P',
  },
  {
    id: 'aao-202020',
    publisher: 'American Academy of Ophthalmology',
    title: 'The 20-20-20 rule (press release, 2021)',
    url: 'https://www.prnewswire.com/news-releases/looks-like-the-home-office-is-here-to-stay-heres-how-to-protect-your-eyes-301244952.html',
    authority: 'P',
  },
  {
    id: 'albulescu-2022',
    publisher: 'PLOS ONE',
    title: 'Meta-analysis of micro-breaks at work (Albulescu et al. 2022)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9432722',
    authority: 'P',
  },
  {
    id: 'waongenngarm-2021',
    publisher: 'Scandinavian Journal of Work, Environment & Health',
    title: 'Trial of active breaks and posture shifts for office workers (Waongenngarm et al. 2021)',
    url: 'https://www.sjweh.fi/show_abstract.php?abstract_id=3949',
    authority: 'P',
  },
  {
    id: 'buckley-2015',
    publisher: 'British Journal of Sports Medicine',
    title: 'The sedentary office: an expert statement (Buckley et al. 2015)',
    url: 'https://repository.lboro.ac.uk/articles/journal_contribution/The_sedentary_office_an_expert_statement_on_the_growing_case_for_change_towards_better_health_and_productivity/9628613/1',
    authority: 'P',
  },
  {
    id: 'cochrane-magnesium',
    publisher: 'Cochrane',
    title: 'Magnesium for skeletal muscle cramps (Garrison et al. 2020)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8094171/',
    authority: 'P',
  },
  {
    id: 'box-breathing',
    publisher: 'College of Charleston (citing Cleveland Clinic)',
    title: 'Box breathing (self-care page)',
    url: 'https://sites.google.com/cofc.edu/self-care-hoffmann/box_breathing',
    authority: 'L',
  },
  {
    id: 'diaphragmatic-breathing',
    publisher: 'Active Coaching (steps matching Cleveland Clinic’s page)',
    title: 'Diaphragmatic breathing (how-to page)',
    url: 'https://activecoaching146827160.wordpress.com/diaphragmatic-breathing/',
    authority: 'L',
  },
] as const satisfies readonly Source[]

export type SourceId = (typeof SOURCES)[number]['id']

export const SOURCE_IDS = SOURCES.map((source) => source.id) as unknown as readonly [SourceId, ...SourceId[]]

const BY_ID: ReadonlyMap<string, Source> = new Map(SOURCES.map((source) => [source.id, source]))

export function isSourceId(id: string): id is SourceId {
  return BY_ID.has(id)
}

export function sourceById(id: SourceId): Source {
  const source = BY_ID.get(id)
  if (!source) throw new Error(`Unknown source id: ${id}`)
  return source
}

/** The addresses a person may open from the app: every cited source that has one. */
export const SOURCE_URLS: readonly string[] = SOURCES.flatMap((source: Source) => (source.url ? [source.url] : []))
