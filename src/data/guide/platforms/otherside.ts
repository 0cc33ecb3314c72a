import type { Platform } from '../../schema';

export const otherside: Platform = {
  id: 'otherside',
  name: 'Otherside',
  rank: 10,
  bestFor: 'Huge metaRPGs whose avatars and items travel between projects',
  summary:
    'Otherside, the metaRPG Yuga Labs is still building, aims at enormous real-time multiplayer ' +
    'sessions in which NFTs work across projects. It targets large communities that want events ' +
    'and game loops at scale.',
  bestUses: [
    'Large communities',
    'Avatar projects built to interoperate',
    'Events on a large scale',
  ],
  features: [
    'A metaRPG design',
    'Built around NFTs from the start',
    'Massive sessions in real time',
  ],
  costs: {
    notes:
      'How the economy works is still changing; plan on on-chain transactions, and so on ' +
      'network (gas) fees, for assets.',
    freeToStart: 'not-stated',
    feeKinds: ['gas'],
  },
  availability: {
    kind: 'access-windows',
    note: 'Still in development; their dates change over time.',
  },
  considerIf: 'You are at ease with a product under active development that ships in stages.',
  alternatives: ['nifty-island', 'the-sandbox'],
  alternativesElsewhere: [],
  devices: {
    web: 'not-stated',
    desktop: 'not-stated',
    mobile: 'not-stated',
    headset: 'not-stated',
  },
  tooling: { 'no-code': 'not-stated', sdk: 'not-stated', unity: 'not-stated' },
  wallet: {
    need: 'required',
    note: 'Designed around NFTs from the outset, so taking part assumes a wallet.',
  },
  performance: 'not-stated',
  watchOuts: [
    'Still in development, with releases arriving in stages.',
    'You can only get in during access windows, and they vary.',
    'Details of the economy are not settled yet.',
  ],
  officialDomain: 'otherside.xyz',
  subScores: {
    liquidity: {
      score: 7,
      rationale: 'Large NFT communities and interoperable avatar projects stand behind it.',
    },
    security: {
      score: 6,
      rationale: 'Known studio, but an economy still evolving leaves terms open.',
    },
    coverage: {
      score: 4,
      rationale: 'In development with staged access; devices and tools are not stated.',
    },
    costs: {
      score: 5,
      rationale: 'Economy details are evolving; on-chain transactions are expected.',
    },
    ux: {
      score: 5,
      rationale: 'Access windows and staged releases limit when anyone can get in.',
    },
    support: {
      score: 3,
      rationale: 'Still being built, so support resources are not yet described.',
    },
  },
};
