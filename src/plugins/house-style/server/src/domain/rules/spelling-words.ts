/**
 * US spellings the guide wants in UK form. Words in -or are matched by stem, so their inflections come along
 * ("labored", "favorite"); a stem list, not a suffix rule, keeps "motor", "error" and "actor" out. Other words are
 * listed whole, with their inflections.
 */

/** Endings of -ize and -yze verbs and their families; any word ending so is reported unless it is an exception. */
export const IZE_ENDING = /(?:iz|yz)(?:e|es|ed|ing|ation|ations|er|ers)$/;

export const OR_STEMS = [
  'arb',
  'ard',
  'arm',
  'behavi',
  'cand',
  'clam',
  'col',
  'demean',
  'endeav',
  'fav',
  'ferv',
  'flav',
  'harb',
  'hon',
  'hum',
  'lab',
  'neighb',
  'od',
  'parl',
  'ranc',
  'rig',
  'rum',
  'savi',
  'splend',
  'tum',
  'val',
  'vap',
  'vig',
];

// Not "-oral" ("humoral" is UK too) nor "-orist" ("humorist"): those are listed whole where they differ.
export const OR_ENDINGS = [
  'or',
  'ors',
  'ored',
  'oring',
  'orer',
  'orers',
  'orful',
  'orable',
  'orably',
  'orite',
  'orites',
  'oritism',
  'orhood',
  'orhoods',
  'orless',
];

/** Whole words, US → UK. */
export const WORDS: Record<string, string> = {
  defense: 'defence',
  defenses: 'defences',
  offense: 'offence',
  offenses: 'offences',
  pretense: 'pretence',
  center: 'centre',
  centers: 'centres',
  centered: 'centred',
  theater: 'theatre',
  theaters: 'theatres',
  fiber: 'fibre',
  liter: 'litre',
  liters: 'litres',
  kilometer: 'kilometre',
  kilometers: 'kilometres',
  traveled: 'travelled',
  traveling: 'travelling',
  traveler: 'traveller',
  travelers: 'travellers',
  canceled: 'cancelled',
  canceling: 'cancelling',
  labeled: 'labelled',
  labeling: 'labelling',
  modeled: 'modelled',
  modeling: 'modelling',
  fueled: 'fuelled',
  fueling: 'fuelling',
  signaled: 'signalled',
  signaling: 'signalling',
  gray: 'grey',
  aluminum: 'aluminium',
  jewelry: 'jewellery',
  skeptic: 'sceptic',
  skeptics: 'sceptics',
  skeptical: 'sceptical',
  skepticism: 'scepticism',
  maneuver: 'manoeuvre',
  maneuvers: 'manoeuvres',
  fulfill: 'fulfil',
  installment: 'instalment',
  installments: 'instalments',
  enrollment: 'enrolment',
  catalog: 'catalogue',
  plow: 'plough',
  mold: 'mould',
  cozy: 'cosy',
  mustache: 'moustache',
  pajamas: 'pyjamas',
  behavioral: 'behavioural',
  behaviorally: 'behaviourally',
};

/**
 * UK words that end like -ize verbs (compared by their base form: "downsized" is "downsize"). A newsroom adds its own
 * in Settings.
 */
export const DEFAULT_EXCEPTIONS = [
  'size',
  'resize',
  'downsize',
  'upsize',
  'oversize',
  'undersize',
  'outsize',
  'supersize',
  'midsize',
  'prize',
  'seize',
  'capsize',
  'maize',
  'baize',
  'assize',
];
