import type { CriterionId } from './criteria';

/**
 * The shapes the core reads. The core never imports the guide itself: any dataset whose records
 * have these fields (the embedded guide, a generated benchmark set, another front end's copy)
 * can be scored, ranked and recommended from.
 */

/** Whether the guide says a platform covers something. "not-stated" is never read as a yes. */
export type Coverage = 'supported' | 'unsupported' | 'not-stated';

export const DEVICE_CLASSES = ['web', 'desktop', 'mobile', 'headset'] as const;
export type DeviceClass = (typeof DEVICE_CLASSES)[number];

export const TOOLING_KINDS = ['no-code', 'sdk', 'unity'] as const;
export type ToolingKind = (typeof TOOLING_KINDS)[number];

/**
 * How much a platform leans on a crypto wallet:
 * none (no crypto to start), optional (an economy you may join), for-ownership (needed to own or
 * trade assets), required (the product is built around on-chain assets).
 */
export const WALLET_NEEDS = [
  'none',
  'optional',
  'for-ownership',
  'required',
  'not-stated',
] as const;
export type WalletNeed = (typeof WALLET_NEEDS)[number];

/** global; varies-by-region (open, with local rules); access-windows (still in development). */
export const AVAILABILITY_KINDS = ['global', 'varies-by-region', 'access-windows'] as const;
export type AvailabilityKind = (typeof AVAILABILITY_KINDS)[number];

export const FEE_KINDS = ['marketplace', 'gas', 'land', 'mint', 'subscription'] as const;
export type FeeKind = (typeof FEE_KINDS)[number];

/** How heavy a platform is for visitors' hardware and connections, as far as the guide says. */
export const PERFORMANCE_PROFILES = ['lightweight', 'standard', 'demanding', 'not-stated'] as const;
export type PerformanceProfile = (typeof PERFORMANCE_PROFILES)[number];

/** The decision guide's use cases, one platform each. */
export const USE_CASE_IDS = [
  'corporate-events',
  'web3-land-wearables',
  'brand-ip-campaigns',
  'art-exhibitions',
  'vr-immersion',
  'instant-nft-galleries',
  'social-ugc-play',
  'geo-city-building',
  'massive-metarpg',
  'link-and-share-worlds',
] as const;
export type UseCaseId = (typeof USE_CASE_IDS)[number];

/** One editorial sub-score: 0 to 10, with the line of the guide it rests on. */
export interface SubScore {
  readonly score: number;
  readonly rationale: string;
}

/** What the core needs to know about one platform. */
export interface PlatformFacts {
  readonly id: string;
  readonly name: string;
  /** The guide's published rank, 1 = first. Used as the final tie-break. */
  readonly rank: number;
  readonly subScores: Readonly<Record<CriterionId, SubScore>>;
  readonly devices: Readonly<Record<DeviceClass, Coverage>>;
  readonly tooling: Readonly<Record<ToolingKind, Coverage>>;
  readonly wallet: { readonly need: WalletNeed };
  readonly availability: { readonly kind: AvailabilityKind };
  readonly costs: {
    readonly freeToStart: 'yes' | 'no' | 'not-stated';
    readonly feeKinds: readonly FeeKind[];
  };
  readonly performance: PerformanceProfile;
  /** Platform-specific things to check before committing, in our own words. */
  readonly watchOuts: readonly string[];
}

export interface DecisionGuideEntry {
  readonly useCase: UseCaseId;
  readonly label: string;
  readonly platformId: string;
}

/** The part of a dataset the core reads. */
export interface ScoringDataset {
  readonly platforms: readonly PlatformFacts[];
  readonly decisionGuide: readonly DecisionGuideEntry[];
  /** Generic red flags from the guide's checklist, shown with every top pick. */
  readonly redFlags: readonly string[];
}
