/**
 * A small typed seed drawn from ../shared/fixtures (the Adriatic's Jekyll posts and a fact check), so the demo shows real
 * newsroom content until the importer loads the whole archive.
 */
export interface DemoAuthor {
  name: string;
  bio: string;
  isHouseByline: boolean;
}

export interface DemoArticle {
  title: string;
  slug: string;
  datePublished: string;
  author: string;
  category: string;
  kicker?: string;
  deck: string;
  body: string;
  leadImage?: { url: string; caption: string; credit: string; origin: 'ai-generated' | 'photograph' };
}

export interface DemoFactCheck {
  title: string;
  checkedOn: string;
  summary: string;
  sections: Array<{ heading: string; body: string }>;
  bottomLine: string;
  limitations: string;
  relatedQuestions: string[];
  citationNumbers: number[];
}

export const AUTHORS: DemoAuthor[] = [
  {
    name: 'The Adriatic',
    bio: 'The Adriatic is the publishing arm of the Institute for Strategic Solutions, a Ljubljana-based consultancy covering politics, business and culture across the Western Balkans and beyond.',
    isHouseByline: true,
  },
  {
    name: 'Andraž Tavčar',
    bio: 'Andraž Tavčar is editor of The Adriatic, covering politics, ideas and governance.',
    isHouseByline: false,
  },
];

export const CATEGORIES = ['Politics', 'Business', 'Living'];

export const KICKERS = ['NATO 3.0', 'Dayton at 31', 'Pipe Dreams'];

export const ARTICLES: DemoArticle[] = [
  {
    title: 'Washington wants KFOR wound down',
    slug: 'kfor-downscaling',
    datePublished: '2026-02-19T00:00:00+01:00',
    author: 'Andraž Tavčar',
    category: 'Politics',
    kicker: 'NATO 3.0',
    deck: 'The Trump administration is pressing NATO to scale back KFOR and end its Iraq mission - part of a broader drive to strip the alliance of commitments Washington now regards as legacy baggage.',
    body: [
      'The United States has been pressing NATO to scale back its peacekeeping force in Kosovo and end its advisory mission in Iraq, four alliance diplomats told Politico, in the clearest sign yet that the Trump administration intends to strip NATO of commitments it considers peripheral to European defence.',
      'The push - described internally as a [<mark class="yellow">"return to factory settings"</mark>](https://www.politico.eu/article/us-presses-nato-reset-cut-foreign-missions-allies-peacekeeping-iraq-kosovo/) - amounts to an effort to refocus the alliance on its core mandate of territorial deterrence.',
      '## Early days, high stakes',
      'Elbridge Colby, the deputy Pentagon chief, told alliance defence ministers that [<mark class="green">"not every mission can be a priority"</mark>](https://defence24.com/geopolitics/pentagons-colby-presents-plan-for-a-stronger-nato). He called the approach "NATO 3.0."',
    ].join('\n\n'),
  },
  {
    title: "Dodik's proxy holds on in Republika Srpska",
    slug: 'dodik-proxy-republika-srpska',
    datePublished: '2026-02-09T00:00:00+01:00',
    author: 'Andraž Tavčar',
    category: 'Politics',
    kicker: 'Dayton at 31',
    deck: "Siniša Karan scraped through the presidential rerun by fewer than 11,000 votes - a margin that reveals as much about the erosion of Dodik's machine as its survival.",
    body: "The partial rerun of the Republika Srpska presidential election on Sunday delivered the result Milorad Dodik needed but not the one he wanted. His candidate, Siniša Karan, held on with 224,384 votes to Branko Blanuša's 213,513, a margin of just under 11,000 in an entity of more than a million people.",
    leadImage: {
      url: 'https://res.cloudinary.com/dvyhebi2q/image/upload/f_auto,q_auto,w_1200/v1771858468/the-adriatic/2026/02/2026-02-09-dodik-proxy-republika-srpska/image-chess.webp',
      caption: "The proxy's gambit.",
      credit: 'ChatGPT',
      origin: 'ai-generated',
    },
  },
  {
    title: 'Putin-proofing Europe. One cow at a time',
    slug: 'eu-biomethane-biogas',
    datePublished: '2026-02-23T00:00:00+01:00',
    author: 'Andraž Tavčar',
    category: 'Business',
    kicker: 'Pipe Dreams',
    deck: 'The EU wants a sevenfold increase in biomethane by 2030 to replace Russian gas. It has the technology and the feedstock. What it lacks is the regulatory architecture to connect them.',
    body: 'Europe has the cows, the slurry and the digesters. What it does not yet have is a way to get the gas they make into the grid at a price that competes with what it replaces.',
  },
  {
    title: 'Placeholder article one',
    slug: 'placeholder-one',
    datePublished: '2025-12-28T00:00:00+01:00',
    author: 'The Adriatic',
    category: 'Living',
    deck: "This is placeholder text while we're testing the site. The real articles are on their way.",
    body: "This is placeholder text while we're testing the site.",
  },
];

export const FACT_CHECKS: DemoFactCheck[] = [
  {
    title: "What mission does the US perform within NATO's KFOR peacekeeping operation in Kosovo today?",
    checkedOn: '2025-11-29',
    summary:
      'The United States contributes troops and capabilities to NATO’s Kosovo Force (KFOR) to help maintain a safe and secure environment, ensure freedom of movement, and act as a “third responder” after Kosovo Police and EULEX [1] [2] [3]. KFOR as a whole numbers roughly 4,500 troops from 33 Allied and partner countries today [1] [4].',
    sections: [
      {
        heading: 'What mission the U.S. performs inside KFOR: boots on the ground and force-multiplier roles',
        body: 'U.S. soldiers are embedded in the NATO-led KFOR as one of the contributing national contingents charged with maintaining a safe and secure environment and guaranteeing freedom of movement for all communities in Kosovo [1] [3].',
      },
      {
        heading: 'Training, civil‑military engagement and emergency response',
        body: 'Beyond deterrence and patrols, U.S. KFOR units focus on training and capacity-building with Kosovo emergency services and institutions [2] [4].',
      },
    ],
    bottomLine:
      'Today, U.S. forces in KFOR perform peacekeeping and stabilization duties as part of NATO’s mandate to maintain security and freedom of movement in Kosovo [1] [2].',
    limitations:
      'Available sources do not give up-to-the-day U.S. troop numbers in KFOR or describe classified operational tasks.',
    relatedQuestions: [
      'How many US troops are currently assigned to KFOR and where are they stationed?',
      'How has the US role in KFOR changed since Kosovo declared independence in 2008?',
    ],
    citationNumbers: [1, 2, 3, 4],
  },
];
