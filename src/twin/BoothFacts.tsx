import { type Coverage, DEVICE_CLASSES, TOOLING_KINDS } from '../core/facts';
import type { Platform } from '../data/schema';
import {
  AVAILABILITY_TEXT,
  COVERAGE_MARK,
  COVERAGE_TEXT,
  DEVICE_TEXT,
  feesSummary,
  FACT_HEADINGS as HEADING,
  PERFORMANCE_TEXT,
  TOOLING_TEXT,
  WALLET_TEXT,
} from './labels';

interface CoverageListProps {
  readonly label: string;
  readonly entries: readonly (readonly [name: string, coverage: Coverage])[];
}

/** Each device or tool with its status in words; the mark is decoration. */
function CoverageList({ label, entries }: CoverageListProps) {
  return (
    <ul className="coverage" aria-label={label}>
      {entries.map(([name, coverage]) => (
        <li key={name} className={`coverage__item coverage--${coverage}`}>
          <span className="coverage__mark" aria-hidden="true">
            {COVERAGE_MARK[coverage]}
          </span>
          {name}: <span className="coverage__status">{COVERAGE_TEXT[coverage]}</span>
        </li>
      ))}
    </ul>
  );
}

function Bullets({ items }: { readonly items: readonly string[] }) {
  return (
    <ul className="fact__list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** A platform's facts as one definition list: what it offers, costs and runs on. */
export function BoothFacts({ platform }: { readonly platform: Platform }) {
  const { costs } = platform;
  return (
    <dl className="booth-facts">
      <div className="fact fact--wide">
        <dt>{HEADING.features}</dt>
        <dd>
          <Bullets items={platform.features} />
        </dd>
      </div>
      <div className="fact fact--wide">
        <dt>{HEADING.bestUses}</dt>
        <dd>
          <Bullets items={platform.bestUses} />
        </dd>
      </div>
      <div className="fact fact--wide" data-fact="fees">
        <dt>{HEADING.fees}</dt>
        <dd>
          <p className="fact__lead">{feesSummary(costs)}</p>
          <p>{costs.notes}</p>
        </dd>
      </div>
      <div className="fact">
        <dt>{HEADING.availability}</dt>
        <dd>
          <p className="fact__lead">{AVAILABILITY_TEXT[platform.availability.kind]}</p>
          {platform.availability.note && <p>{platform.availability.note}</p>}
        </dd>
      </div>
      <div className="fact">
        <dt>{HEADING.wallet}</dt>
        <dd>
          <p className="fact__lead">{WALLET_TEXT[platform.wallet.need]}</p>
          <p>{platform.wallet.note}</p>
        </dd>
      </div>
      <div className="fact">
        <dt>{HEADING.devices}</dt>
        <dd>
          <CoverageList
            label={HEADING.devices}
            entries={DEVICE_CLASSES.map((d) => [DEVICE_TEXT[d], platform.devices[d]] as const)}
          />
        </dd>
      </div>
      <div className="fact">
        <dt>{HEADING.tooling}</dt>
        <dd>
          <CoverageList
            label={HEADING.tooling}
            entries={TOOLING_KINDS.map((t) => [TOOLING_TEXT[t], platform.tooling[t]] as const)}
          />
          <p className="fact__aside">
            {HEADING.performance}: {PERFORMANCE_TEXT[platform.performance]}
          </p>
        </dd>
      </div>
      <div className="fact fact--wide">
        <dt>{HEADING.considerIf}</dt>
        <dd>{platform.considerIf}</dd>
      </div>
      {platform.watchOuts.length > 0 && (
        <div className="fact fact--wide">
          <dt>{HEADING.watchOuts}</dt>
          <dd>
            <Bullets items={platform.watchOuts} />
          </dd>
        </div>
      )}
    </dl>
  );
}
