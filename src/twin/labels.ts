import type { Coverage } from '../core/facts';

/**
 * The twin's words are the pavilion's one vocabulary (src/data/labels.ts), shared with the 3D
 * booths; only the marks below are the twin's own.
 */
export {
  AVAILABILITY_TEXT,
  COVERAGE_TEXT,
  coverageLine,
  DEVICE_TEXT,
  FACT_HEADINGS,
  FEE_TEXT,
  FREE_TO_START_TEXT,
  feesSummary,
  listInWords,
  PERFORMANCE_TEXT,
  TOOLING_TEXT,
  WALLET_TEXT,
} from '../data/labels';

/** A mark for sighted readers; the words beside it carry the meaning. */
export const COVERAGE_MARK: Readonly<Record<Coverage, string>> = {
  supported: '✓',
  unsupported: '✕',
  'not-stated': '?',
};
