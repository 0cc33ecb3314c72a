import type { BenchResults, BudgetCheck } from './budgets';
import type { RendererCounts } from './measure';

/** The benchmark's console report: figures, then each budget with its verdict. */

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0)),
  );
  return rows
    .map((row) => row.map((cell, column) => cell.padEnd(widths?.[column] ?? 0)).join('  '))
    .join('\n');
}

export function printReport(results: BenchResults, budgets: readonly BudgetCheck[]): void {
  const { hub, booth, firstFrameMs, heapMB, jsGzipKB } = results;
  console.log('\nJavaScript (gzip KB)');
  console.log(
    table([
      ['chunk', 'KB', 'initial', 'three', 'xr'],
      ...jsGzipKB.chunks.map((chunk) => [
        chunk.file,
        String(chunk.gzipKB),
        chunk.initial ? 'yes' : '',
        chunk.three ? 'yes' : '',
        chunk.xr ? 'yes' : '',
      ]),
      ['initial / total', `${jsGzipKB.initial} / ${jsGzipKB.total}`, '', '', ''],
      ['headset-only', String(jsGzipKB.headsetOnly), '', '', ''],
    ]),
  );

  const views: [string, RendererCounts][] = [
    ['hub', hub],
    [`booth ${booth.id}`, booth],
    ...results.scale.map((point): [string, RendererCounts] => [
      `hub, ${point.platforms} platforms`,
      point.hub,
    ]),
  ];
  console.log('\nViews (1280x720, dpr 1)');
  console.log(
    table([
      ['view', 'calls', 'triangles', 'textures', 'programs'],
      ...views.map(([name, view]) => [
        name,
        String(view.calls),
        String(view.triangles),
        String(view.textures),
        String(view.programs),
      ]),
    ]),
  );

  console.log('\nTimes and memory');
  console.log(
    table([
      ['first frame, app (median ms)', String(firstFrameMs.app)],
      ['first frame, baseline (median ms)', String(firstFrameMs.baseline)],
      ['ratio', `${firstFrameMs.ratio}x`],
      ['frames drawn by the app up to it (median)', String(firstFrameMs.appFrames)],
      ...results.scale.map((point) => [
        `first frame, ${point.platforms} platforms (ms)`,
        String(point.firstFrameMs),
      ]),
      ['idle frames in 2 s', String(results.idleFrames)],
      ['heap after load (MB)', String(heapMB.afterLoad)],
      [
        `heap after ${results.travels.arrived} of ${results.travels.asked} travels (MB)`,
        String(heapMB.afterTravels),
      ],
    ]),
  );

  console.log('\nBudgets');
  console.log(
    table([
      ['', 'budget', 'limit', 'actual'],
      ...budgets.map((entry) => [
        entry.ok ? 'ok' : entry.reportOnly ? 'note' : 'MISSED',
        entry.name,
        entry.limit,
        entry.actual,
      ]),
    ]),
  );
}
