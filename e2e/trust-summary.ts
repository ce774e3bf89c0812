import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTrust, TRUST_DIR } from './trust';

interface Hostile {
  crashed: boolean;
  executed: boolean;
  leftOrigin: number;
  changedDatabase: boolean;
}
interface Kill {
  state: 'before' | 'after' | 'between';
}

const unit = <T>(key: string): T | null => {
  const path = join(TRUST_DIR, `unit-${key}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
};
const n = (x: number) => x.toLocaleString('en-GB');

/** The trust suite's figures in one line (see README), from what this run's tests recorded. */
export function trustLine(): string {
  const parts: string[] = [];
  const hostile = readTrust<Hostile>('hostile');
  if (hostile.length)
    parts.push(
      `hostile ${hostile.length} tried, ${hostile.filter((h) => h.crashed).length} crashed, ${hostile.filter((h) => h.executed).length} executed, ${hostile.filter((h) => h.leftOrigin).length} reached off the origin, ${hostile.filter((h) => h.changedDatabase).length} changed the database`,
    );
  const kills = readTrust<Kill>('kills');
  if (kills.length)
    parts.push(
      `kills ${kills.filter((k) => k.state !== 'between').length} of ${kills.length} consistent (${kills.filter((k) => k.state === 'before').length} before, ${kills.filter((k) => k.state === 'after').length} after)`,
    );
  const tabs = readTrust<{ edits: number; lost: number }>('tabs');
  for (const t of tabs) parts.push(`tabs ${t.edits} edits ${t.lost} lost`);
  const update = readTrust<{ keptText: boolean }>('update');
  for (const u of update) parts.push(`update kept unsaved text: ${u.keptText ? 'yes' : 'no'}`);
  const props = ['csv', 'anchoring', 'web-annotations', 'backup']
    .map((k) => unit<{ runs: number; failed: number }>(`property-${k}`))
    .filter((p) => p !== null);
  if (props.length)
    parts.push(
      `property runs ${n(props.reduce((s, p) => s + p.runs, 0))} ${props.reduce((s, p) => s + p.failed, 0)} failed`,
    );
  const w3c = unit<{ must: { passed: number; total: number }; should: { passed: number; total: number } }>(
    'w3c',
  );
  if (w3c)
    parts.push(
      `W3C MUST ${w3c.must.passed}/${w3c.must.total} SHOULD ${w3c.should.passed}/${w3c.should.total}`,
    );
  const cr = unit<{ reviews: number; failed: number }>('claimreview');
  if (cr)
    parts.push(`ClaimReview ${cr.reviews} ${cr.reviews === 1 ? 'review' : 'reviews'} ${cr.failed} failed`);
  return `trust: ${parts.join('; ') || 'no figures recorded'}`;
}

/** Playwright global teardown: prints the line once the whole suite has run. */
export default function teardown(): void {
  console.log(`\n${trustLine()}\n`);
}
