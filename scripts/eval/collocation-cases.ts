/**
 * Test set for `tortured-collocation`: clean sentences written for
 * scrapelint, each with one established expression swapped the way a
 * spinner does it (one word replaced by a thesaurus synonym, whatever the
 * sense). Written before the detector was tuned; none of the swapped forms
 * is in the tortured-phrase lexicon (the suite checks).
 * `[swapped|original]` marks the damage; the clean sentence uses the original.
 */
export const COLLOCATION_CASES: string[] = [
  'Activists said the new law threatens basic [human privileges|human rights] in the region.',
  'The senator has long criticised the government\'s [foreign insurance|foreign policy] in Asia.',
  'Shares fell sharply on the [stock marketplace|stock market] after the announcement.',
  'Prices for [actual estate|real estate] in the capital rose again last year.',
  'The patient suffered a mild [heart onslaught|heart attack] on Sunday morning.',
  'Doctors advised him to check his [blood force|blood pressure] every week.',
  'She studied biology at a local [tall school|high school] before moving abroad.',
  'Rising costs have squeezed the [middle course|middle class] across the country.',
  'His grandfather fought in the Second [World struggle|World War] as a pilot.',
  'The pipeline carries [natural petrol|natural gas] from the coast to the cities.',
  'The country\'s [birth pace|birth rate] has fallen for a decade.',
  'Women now make up half of the [labor pressure|labor force] in the sector.',
  'Critics said the plan defied [common feeling|common sense] and would fail.',
  'Analysts expect only [brief term|short term] gains from the rate cut.',
  'The company is planning for [lengthy term|long term] growth in Africa.',
  'Police seized weapons sold on the [dark marketplace|black market] last month.',
  'The children ate [ice ointment|ice cream] on the beach all afternoon.',
  'The family gathered in the [residing room|living room] after dinner.',
  'She writes [science fabrication|science fiction] novels set on distant planets.',
  'The prime minister called a snap [general selection|general election] for June.',
  'The country was torn apart by a long [civil warfare|civil war] in the 1990s.',
  'Inspectors found no evidence of a [nuclear arm|nuclear weapon] programme.',
  'The scandal was covered widely by the [bulk media|mass media] for weeks.',
  'Access to [health attention|health care] remains poor in rural areas.',
  'Average [life anticipation|life expectancy] has risen by five years.',
  'Unions are campaigning for a higher [minimum pay|minimum wage] this year.',
  'He left his keys on the [coffee desk|coffee table] by the door.',
  'The hotel has a heated [swimming puddle|swimming pool] and a gym.',
  'She mailed the forms from the [post workplace|post office] in town.',
  'Crews from the [fire section|fire department] arrived within minutes.',
  'Melting ice threatens the [polar endure|polar bear] population.',
  'Officials blamed [red recording|red tape] for the delays.',
  'The new rules will raise [earnings tax|income tax] for top earners.',
  'He stored the files on an external [difficult drive|hard drive] at home.',
  'She grew up listening to [stone music|rock music] in the 1970s.',
  'Volunteers gave [first assist|first aid] to the injured at the scene.',
  'The show moved to a [prime clip|prime time] slot on Sunday.',
  'Scientists found a new planet outside the [solar scheme|solar system] this year.',
  'The virus attacks the [immune scheme|immune system] of the host.',
  'The [total moon|full moon] rose over the hills.',
  'He won a prize for his [short narrative|short story] about the war.',
  'The [supply range|supply chain] was disrupted by the strike.',
  'The drought forced officials to ration [imbibing water|drinking water] in the city.',
    'Investors worry about rising [interest paces|interest rates] this year.',
  'Demand for [electrical car|electric car] batteries is growing fast.',
  'The storm knocked out the [power lattice|power grid] across the state.',
  'The museum reopened and drew large crowds to its new [art veranda|art gallery].',
  'The [credit bill|credit card] statement arrived late.',
  'The team finished the [veritable season|regular season] in first place.'
]

export interface CollocationCase {
  damaged: string
  clean: string
  swapped: string
  original: string
}

export function collocationCases(): CollocationCase[] {
  return COLLOCATION_CASES.map((line) => {
    const match = /\[([^|\]]+)\|([^\]]+)\]/.exec(line)
    if (!match) throw new Error(`no [swapped|original] in ${line}`)
    const [marked, swapped, original] = match
    return {damaged: line.replace(marked, swapped), clean: line.replace(marked, original), swapped, original}
  })
}
