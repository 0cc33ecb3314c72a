import type { Criterion } from '../schema';

/** The guide's six criteria and published weights (percent), in its order. */
export const methodology: Criterion[] = [
  {
    id: 'liquidity',
    label: 'Liquidity',
    weight: 30,
    meaning:
      'How many people are active, how healthy the creator economy is, and how deep the ' +
      'market is for trading worlds and items.',
  },
  {
    id: 'security',
    label: 'Security',
    weight: 25,
    meaning:
      'How open the platform is about itself, who holds and owns the assets, and its ' +
      'documentation, audits and protections for brands.',
  },
  {
    id: 'coverage',
    label: 'Coverage',
    weight: 15,
    meaning:
      'How many devices it reaches (web, mobile, XR), which toolchains it supports (Unity, ' +
      'SDKs) and which asset standards it accepts.',
  },
  {
    id: 'costs',
    label: 'Costs',
    weight: 15,
    meaning:
      'Fees for minting, trading on the marketplace, land and subscriptions, and whether ' +
      'creators get a fair share of revenue.',
  },
  {
    id: 'ux',
    label: 'UX',
    weight: 10,
    meaning:
      'How easy it is to get started, how well it runs, and what no-code tools and creator ' +
      'pipelines it offers.',
  },
  {
    id: 'support',
    label: 'Support',
    weight: 5,
    meaning: 'Documentation, the community, and resources that help partners succeed.',
  },
];
