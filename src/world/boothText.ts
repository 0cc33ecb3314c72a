import type { Contribution } from '../core';
import type { Coverage, DeviceClass } from '../core/facts';
import { DEVICE_CLASSES, TOOLING_KINDS } from '../core/facts';
import {
  availabilityText,
  coverageLine,
  DEVICE_TEXT,
  feesSummary,
  FACT_HEADINGS as HEADING,
  PERFORMANCE_TEXT,
  TOOLING_TEXT,
  WALLET_TEXT,
} from '../data/labels';
import type { Platform } from '../data/schema';

/**
 * The words on a booth's four panels, composed from the platform's data only, in the vocabulary
 * the DOM twin uses too (src/data/labels.ts). Pure, so that what a booth says can be tested
 * without a renderer. Headings inside a panel are set in capitals, which `emphasisRanges` colours.
 */

export interface PanelText {
  readonly title: string;
  readonly body: string;
}

export interface DeviceLine {
  readonly device: DeviceClass;
  readonly coverage: Coverage;
  readonly text: string;
}

export interface AlternativesText {
  readonly title: string;
  /** Alternatives among the booths here: each becomes a travel control. */
  readonly travel: readonly { readonly id: string; readonly name: string }[];
  /** Everything else: alternatives elsewhere, and when to pick this platform. */
  readonly body: string;
}

export interface BoothTexts {
  readonly features: PanelText;
  readonly fees: PanelText;
  readonly devices: { readonly title: string; readonly lines: readonly DeviceLine[] };
  readonly devicesFooter: string;
  readonly alternatives: AlternativesText;
}

const bullets = (items: readonly string[]) => items.map((item) => `•  ${item}`).join('\n');
const caps = (heading: string) => heading.toUpperCase();

export function boothTexts(platform: Platform, nameOf: (id: string) => string | null): BoothTexts {
  const travel = platform.alternatives.flatMap((id) => {
    const name = nameOf(id);
    return name ? [{ id, name }] : [];
  });
  // An alternative id that names no booth here is still shown, as text.
  const missing = platform.alternatives.filter((id) => !nameOf(id));
  const elsewhere = [...platform.alternativesElsewhere, ...missing];
  const tooling = TOOLING_KINDS.map((kind) =>
    coverageLine(TOOLING_TEXT[kind], platform.tooling[kind]),
  ).join(' · ');
  const { availability, wallet } = platform;

  return {
    features: {
      title: HEADING.features,
      body: `${bullets(platform.features)}\n\n${caps(HEADING.bestUses)}\n${bullets(platform.bestUses)}`,
    },
    fees: {
      title: HEADING.fees,
      body: [
        feesSummary(platform.costs),
        platform.costs.notes,
        // No blank line before these: their coloured headings set them apart, and the board is full.
        `${caps(HEADING.availability)}  ${availabilityText(availability)}`,
        `${caps(HEADING.wallet)}  ${WALLET_TEXT[wallet.need]}. ${wallet.note}`,
      ].join('\n'),
    },
    devices: {
      title: HEADING.devices,
      lines: DEVICE_CLASSES.map((device) => ({
        device,
        coverage: platform.devices[device],
        text: coverageLine(DEVICE_TEXT[device], platform.devices[device]),
      })),
    },
    devicesFooter: `${caps(HEADING.tooling)}\n${tooling}\n\n${caps(HEADING.performance)}\n${
      PERFORMANCE_TEXT[platform.performance]
    }`,
    alternatives: {
      title: HEADING.alternatives,
      travel,
      body: [
        elsewhere.length > 0 ? `${caps(HEADING.elsewhere)}\n${elsewhere.join(', ')}` : '',
        `${caps(HEADING.considerIf)}\n${platform.considerIf}`,
      ]
        .filter((part) => part !== '')
        .join('\n\n'),
    },
  };
}

/**
 * A score board's line for one criterion: the points earned and the most it could give under
 * the current weights. The ceiling keeps a decimal when it has one, rounded as the points are:
 * with custom weights a whole ceiling could read "9.4 of 9", more points than the most there is.
 */
export function criterionLine(label: string, contribution: Contribution): string {
  const ceiling = Math.round(contribution.weight * 1000) / 10;
  return `${label}  ${contribution.points.toFixed(1)} of ${ceiling}`;
}
