// Scenario (issue 16): "My queue" for a reviewer with a year's archive: 10,000 closed claims
// assigned to them and a working set of open ones, on the working copy of the desk (the cache is
// never changed). Timed: core.listQueue() as the queue view calls it; bare: the two sections'
// rows as plain statements on a read-only connection.
import { openFactdesk, QUEUE_LIMIT } from '../../main/core/service';
import { openConnection } from '../../main/core/store/sqlite';
import { REPORT_REVIEWER, type Dataset } from '../dataset';
import { bareQueue, openBare } from '../lib/bare';
import type { Measurement } from '../lib/report';
import { timed } from '../lib/stats';

const REVIEWER = 'queue-desk';
const CLOSED_CLAIMS = 10_000;
const OPEN_CLAIMS = 40;

/** Gives REVIEWER the archive and the working set, as a year of assignments would. */
async function assignArchive(path: string): Promise<void> {
  const db = await openConnection(path);
  try {
    await db.write(async (tx) => {
      await tx.run(
        `UPDATE claim SET assignee = ?1 WHERE id IN (
           SELECT id FROM claim WHERE status IN ('approved', 'published', 'rejected') AND coalesce(assignee, '') <> ?3 ORDER BY id LIMIT ?2)`,
        [REVIEWER, CLOSED_CLAIMS, REPORT_REVIEWER],
      );
      await tx.run(
        `UPDATE claim SET assignee = ?1 WHERE id IN (
           SELECT id FROM claim WHERE status IN ('draft', 'in_research') ORDER BY id DESC LIMIT ?2)`,
        [REVIEWER, OPEN_CLAIMS],
      );
    });
  } finally {
    await db.close();
  }
}

export async function queueScenario(opts: { dataset: Dataset; workDir: string; reps: number; log: (s: string) => void }): Promise<Measurement[]> {
  await assignArchive(opts.dataset.path);
  const core = await openFactdesk({ path: opts.dataset.path, reviewer: REVIEWER, settingsDir: opts.workDir, integrityCheck: 'background' });
  const bare = await openBare(opts.dataset.path);
  const samples: number[] = [];
  const bareSamples: number[] = [];
  let shown = { assigned: 0, review: 0 };
  try {
    await core.integrity;
    await core.listQueue({});
    await bareQueue(bare, REVIEWER, QUEUE_LIMIT);
    for (let rep = 0; rep < opts.reps; rep++) {
      const { value, ms } = await timed(() => core.listQueue({}));
      samples.push(ms);
      bareSamples.push(await bareQueue(bare, REVIEWER, QUEUE_LIMIT));
      shown = value.totals;
    }
  } finally {
    await bare.close();
    await core.close();
  }
  opts.log(`queue: ${shown.assigned} assigned open, ${shown.review} awaiting review; median ${samples.sort((a, b) => a - b)[samples.length >> 1]?.toFixed(1)} ms`);
  return [
    {
      id: 'queue',
      label: `"My queue", reviewer with ${CLOSED_CLAIMS.toLocaleString('en')} closed + ${OPEN_CLAIMS} open claims (listQueue)`,
      unit: 'ms',
      samples,
      target: { statistic: 'p95', comparison: '<', value: 10, text: 'p95 < 10 ms' },
      bare: { samples: bareSamples, what: "both sections' rows, plain statements, planner's choice" },
      details: { totals: shown },
    },
  ];
}
