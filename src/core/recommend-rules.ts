import type { ChecklistAnswers, RecommendStep } from './answers';
import type { CriterionId } from './criteria';
import type { DecisionGuideEntry, DeviceClass, PlatformFacts, ToolingKind } from './facts';

/**
 * The recommendation rules, one table per kind, in checklist order. Each row says what answer it
 * reads, what it does and the sentence a visitor sees. Texts are our own words.
 *
 * Bounds: a preference row moves a score by at most PREFERENCE_LIMIT points, so preferences
 * reorder close neighbours without burying the guide's verdict. Only the decision guide's pick
 * gets more (USE_CASE_BOOST), enough to lead even from the guide's last place.
 */

export const PREFERENCE_LIMIT = 5;
export const USE_CASE_BOOST = 40;

export interface RuleContext {
  readonly answers: ChecklistAnswers;
  /** The decision guide's entry for the chosen use case, if any. */
  readonly match: DecisionGuideEntry | null;
}

export interface Adjustment {
  readonly points: number;
  readonly text: string;
}

const DEVICE_WORDS: Record<DeviceClass, string> = {
  web: 'in a web browser',
  desktop: 'on desktop computers',
  mobile: 'on phones',
  headset: 'on VR headsets',
};

const TOOLING_WORDS: Record<ToolingKind, string> = {
  'no-code': 'no-code building tools',
  sdk: 'an SDK for developers',
  unity: 'Unity support',
};

const unique = <T>(items: readonly T[] | undefined): T[] => [...new Set(items ?? [])];

/** Hard constraints: each returns one sentence per reason to leave the platform out. */
export const EXCLUSION_RULES: readonly {
  readonly step: RecommendStep;
  readonly reasons: (platform: PlatformFacts, answers: ChecklistAnswers) => string[];
}[] = [
  {
    // A platform still opening in access windows cannot serve someone who must launch now.
    step: 'region',
    reasons: (p, a) =>
      a.region === 'open-everywhere-now' && p.availability.kind === 'access-windows'
        ? ['It is still in development and opens only in access windows, not to everyone now.']
        : [],
  },
  {
    step: 'devices',
    reasons: (p, a) =>
      unique(a.devices)
        .filter((device) => p.devices[device] === 'unsupported')
        .map(
          (device) => `It does not run ${DEVICE_WORDS[device]}, where you need to reach people.`,
        ),
  },
  {
    // "No wallet, ever": a platform that cannot be used without one is no answer at all.
    step: 'ownership',
    reasons: (p, a) =>
      a.wallet === 'never' && p.wallet.need === 'required'
        ? ['It is built around on-chain assets and needs a crypto wallet, which you ruled out.']
        : [],
  },
  {
    // "I want to own assets on-chain" is a requirement, not a taste: a platform the guide
    // describes with no crypto at all cannot meet it, however well it scores otherwise.
    step: 'ownership',
    reasons: (p, a) =>
      a.wallet === 'wanted' && p.wallet.need === 'none'
        ? ['The guide describes no on-chain ownership here, and you want to own assets on-chain.']
        : [],
  },
];

/** Weight shifts, in percentage points of weights that sum to 100; null when the row is idle. */
export const WEIGHT_RULES: readonly {
  readonly step: RecommendStep;
  readonly criterion: CriterionId;
  readonly shift: (percent: number, answers: ChecklistAnswers) => number | null;
  readonly text: string;
}[] = [
  {
    step: 'costs',
    criterion: 'costs',
    shift: (w, a) => (a.budget === 'none' ? w + 10 : null),
    text: 'Costs count for more because you have no budget.',
  },
  {
    step: 'costs',
    criterion: 'costs',
    shift: (w, a) => (a.budget === 'modest' ? w + 5 : null),
    text: 'Costs count a little more on a modest budget.',
  },
  {
    step: 'performance',
    criterion: 'ux',
    shift: (w, a) => (a.hardware === 'low-end' ? w + 5 : null),
    text: 'Ease of use counts for more on low-end hardware.',
  },
  {
    step: 'performance',
    criterion: 'ux',
    shift: (w, a) => (a.connection === 'slow' ? w + 5 : null),
    text: 'Ease of use counts for more on slow connections.',
  },
  {
    step: 'support',
    criterion: 'support',
    shift: (w, a) => (a.support === 'essential' ? w + 10 : null),
    text: 'Support counts for more because you rely on it.',
  },
  {
    step: 'support',
    criterion: 'support',
    shift: (w, a) => (a.support === 'unimportant' ? w / 2 : null),
    text: 'Support counts for less because you can do without it.',
  },
];

/** Point boosts and penalties for how well a platform fits the answers. */
export const POINT_RULES: readonly {
  readonly step: RecommendStep;
  readonly adjust: (platform: PlatformFacts, context: RuleContext) => Adjustment[];
}[] = [
  {
    step: 'region',
    adjust: (p, { answers }) =>
      answers.region === 'open-everywhere-now' && p.availability.kind === 'varies-by-region'
        ? [{ points: -3, text: 'Availability differs by region: confirm it is open for you.' }]
        : [],
  },
  {
    step: 'region',
    adjust: (p, { answers }) =>
      answers.needsCashOut && p.availability.kind === 'varies-by-region'
        ? [
            {
              points: -4,
              text: 'Cash-out rules differ by region: check yours before relying on it.',
            },
          ]
        : [],
  },
  {
    // The decision guide's own pick for the chosen use case: the strongest signal we have.
    step: 'use-case',
    adjust: (p, { match }) =>
      match?.platformId === p.id
        ? [{ points: USE_CASE_BOOST, text: `The guide's pick for your use case: ${match.label}.` }]
        : [],
  },
  {
    step: 'devices',
    adjust: (p, { answers }) =>
      unique(answers.devices).flatMap((device): Adjustment[] => {
        const where = DEVICE_WORDS[device];
        if (p.devices[device] === 'supported') return [{ points: 3, text: `Runs ${where}.` }];
        if (p.devices[device] !== 'not-stated') return [];
        const text = `The guide does not say it runs ${where}: check before committing.`;
        return [{ points: -4, text }];
      }),
  },
  {
    step: 'devices',
    adjust: (p, { answers }) =>
      unique(answers.tooling).flatMap((kind): Adjustment[] => {
        const what = TOOLING_WORDS[kind];
        const coverage = p.tooling[kind];
        if (coverage === 'supported') return [{ points: 3, text: `Offers ${what}.` }];
        if (coverage === 'unsupported') return [{ points: -3, text: `Offers no ${what}.` }];
        return [{ points: -1, text: `The guide does not mention ${what}: ask before planning.` }];
      }),
  },
  {
    step: 'ownership',
    adjust: (p, { answers }) => {
      if (answers.wallet === 'never') return NO_WALLET[p.wallet.need] ?? [];
      if (answers.wallet === 'wanted') return WALLET_WANTED[p.wallet.need] ?? [];
      return [];
    },
  },
  {
    step: 'costs',
    adjust: (p, { answers }) => {
      const free = p.costs.freeToStart;
      if (answers.budget === 'none') {
        if (free === 'yes') return [{ points: 4, text: 'Free to start, which fits no budget.' }];
        if (free === 'no') return [{ points: -4, text: 'It costs money to get started.' }];
        return [{ points: -1, text: 'The guide does not say it is free to start: check prices.' }];
      }
      if (answers.budget === 'modest' && free === 'yes') {
        return [{ points: 2, text: 'Free to start, which leaves your budget for building.' }];
      }
      return [];
    },
  },
  {
    step: 'performance',
    adjust: (p, { answers }) => [
      ...lightness(p, answers.hardware === 'low-end', 'modest hardware'),
      ...lightness(p, answers.connection === 'slow', 'slow connections'),
    ],
  },
  {
    // Rich, heavy worlds are a plus only for visitors with strong headsets.
    step: 'performance',
    adjust: (p, { answers }) => {
      const wantsVr = answers.devices?.includes('headset') || answers.useCase === 'vr-immersion';
      return answers.hardware === 'high-end' && wantsVr && p.performance === 'demanding'
        ? [{ points: 2, text: 'Its rich, demanding worlds make use of high-end VR gear.' }]
        : [];
    },
  },
];

type WalletTable = Partial<Record<PlatformFacts['wallet']['need'], Adjustment[]>>;

const NO_WALLET: WalletTable = {
  none: [{ points: 3, text: 'Visitors start without any crypto wallet.' }],
  optional: [{ points: 1, text: 'Its crypto economy is optional: you can skip the wallet.' }],
  'for-ownership': [{ points: -5, text: 'Owning or trading assets here needs a crypto wallet.' }],
  'not-stated': [
    { points: -2, text: 'The guide does not say whether a wallet is needed: check first.' },
  ],
};

/** 'none' never gets here: wanting on-chain ownership excludes it (EXCLUSION_RULES). */
const WALLET_WANTED: WalletTable = {
  optional: [{ points: 1, text: 'Its crypto economy is optional: you can join it to own assets.' }],
  'for-ownership': [{ points: 3, text: 'Assets here are owned through a crypto wallet.' }],
  required: [{ points: 4, text: 'It is built around on-chain assets held in a wallet.' }],
  'not-stated': [
    { points: -4, text: 'The guide does not say whether assets here are owned on-chain: check.' },
  ],
};

function lightness(p: PlatformFacts, applies: boolean, limit: string): Adjustment[] {
  if (!applies) return [];
  if (p.performance === 'lightweight') return [{ points: 3, text: `Light enough for ${limit}.` }];
  if (p.performance === 'demanding') {
    return [{ points: -4, text: `Demanding: test it first on ${limit}.` }];
  }
  return [];
}
