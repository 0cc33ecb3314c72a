import type { Platform } from '../../schema';

export const somniumSpace: Platform = {
  id: 'somnium-space',
  name: 'Somnium Space',
  rank: 3,
  bestFor: 'Building worlds meant to be lived in through a VR headset',
  summary:
    'Somnium Space is an open virtual-reality world that persists between visits, with land ' +
    'to own and thorough tools for creators, which suits meetups, galleries and simulations. ' +
    'Its own hardware efforts, such as the VR1 headset, show that VR comes first on its roadmap.',
  bestUses: ['Communities at home in VR', 'Immersive events', 'Simulations'],
  features: [
    'A VR world that persists',
    'Land divided into parcels',
    'Thorough documentation for creators and the SDK',
    'Its own hardware line',
  ],
  costs: {
    notes: 'Assets recorded on-chain bring marketplace fees and gas.',
    freeToStart: 'not-stated',
    feeKinds: ['marketplace', 'gas'],
  },
  availability: { kind: 'global' },
  considerIf: 'Your audience owns VR hardware and it runs the world smoothly.',
  alternatives: ['spatial', 'mona'],
  alternativesElsewhere: [],
  devices: { web: 'not-stated', desktop: 'not-stated', mobile: 'not-stated', headset: 'supported' },
  tooling: { 'no-code': 'not-stated', sdk: 'supported', unity: 'not-stated' },
  wallet: {
    need: 'for-ownership',
    note: 'Land and other on-chain assets need a wallet to own or trade.',
  },
  performance: 'demanding',
  watchOuts: [
    'Built for VR first: check that your visitors have headsets that keep up.',
    'Marketplace fees and gas apply to on-chain assets.',
  ],
  officialDomain: 'somniumspace.com',
  subScores: {
    liquidity: {
      score: 8,
      rationale: 'Persistent world with land ownership, though the VR audience is narrower.',
    },
    security: {
      score: 8,
      rationale: 'Clear land ownership and well-documented creator tooling.',
    },
    coverage: {
      score: 7,
      rationale: 'VR-first with an SDK and own hardware; web and mobile are not stated.',
    },
    costs: {
      score: 7,
      rationale: 'Marketplace fees and gas on on-chain assets; nothing more is listed.',
    },
    ux: {
      score: 6,
      rationale: 'Deep tools, but VR hardware and performance raise the entry bar.',
    },
    support: {
      score: 9,
      rationale: 'The guide singles out robust creator and SDK documentation.',
    },
  },
};
