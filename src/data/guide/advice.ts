import type { Guide } from '../schema';

/** Warnings shown with every recommendation, from the guide's checklist. */
export const redFlags: Guide['redFlags'] = [
  'A closed ecosystem that offers little or no way to export what you build.',
  'Terms of service that are vague about who owns the IP and how royalties work.',
];

export const securityTips: Guide['securityTips'] = [
  'Turn on two-factor sign-in for accounts and marketplaces, and guard any seed phrase.',
  'Keep valuable assets in cold storage apart from everyday hot wallets, ideally on hardware.',
  'Respect KYC and AML rules and regional limits when moving between money and crypto.',
  'Only use official apps and links; fake mints and bogus airdrops are common.',
  'Put moderation and IP rules in place before opening an event or user content to the public.',
];

export const beginnerMistakes: Guide['beginnerMistakes'] = [
  'Buying land or assets before checking that real visitors or event needs exist.',
  "Forgetting to check whether your audience's phones or headsets are supported.",
  'Expecting a quick build: even no-code worlds take several rounds of changes.',
  'Skipping a review of wallet safety and the permissions you grant.',
  'Following the hype without comparing fees and how revenue is split with creators.',
];

export const faq: Guide['faq'] = [
  {
    question: 'What is a metaverse platform?',
    answer:
      'A lasting, shared 3D space where people build, meet and may own assets through wallets ' +
      'or NFTs. Some centre on events and galleries, others on user-made games or VR.',
  },
  {
    question: 'Is crypto needed to get started?',
    answer:
      'Not in every case: Spatial and a few other worlds let you start without crypto. ' +
      'Platforms built on web3 usually ask for a wallet to own or trade assets.',
  },
  {
    question: 'Which platform suits branded events best?',
    answer:
      'The Sandbox, for its IP partners and seasons, and Spatial, for ease on every device, ' +
      'lead here; Decentraland also hosts large community events.',
  },
  {
    question: 'What about VR?',
    answer:
      'Somnium Space puts VR first, and Spatial can publish to XR too. Check the device list ' +
      'and the performance needed before you commit.',
  },
  {
    question: 'Can assets move from one world to another?',
    answer:
      'Avatars and file formats travel better than before, but real portability is uneven. ' +
      'Look at import and export options and licence terms every time.',
  },
  {
    question: 'How do these platforms earn money?',
    answer:
      'Mostly from selling land, marketplace fees, subscriptions, or seasonal passes and ' +
      'rewards. Read the fee pages and terms before you commit.',
  },
  {
    question: 'Which risks should I weigh?',
    answer:
      'Platforms change, tokens swing in value, phishing is common and terms evolve. Start ' +
      'small, stick to official links and keep wallets secure.',
  },
];
