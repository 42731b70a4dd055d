// Scenario 8: resident memory of a core process (`factdesk serve`: the core behind the browser
// workbench, as Electron's main process is behind the window) with the 100,000-article file open,
// after a search and an export, called over the bridge as the renderer calls them.
import { REPORT_REVIEWER, type Dataset } from '../dataset';
import { reportFilter } from '../lib/bare';
import { peakRssBytes, rssBytes } from '../lib/proc';
import type { Measurement } from '../lib/report';
import { serve } from '../lib/workbench';

const MB = 1024 * 1024;

export async function memoryScenario(opts: { dataset: Dataset; log: (s: string) => void }): Promise<Measurement[]> {
  const n = opts.dataset.articles.toLocaleString('en');
  const served = await serve(opts.dataset.path, 'bench-memory');
  const pid = served.process.pid ?? -1;
  const filter = await reportFilter(opts.dataset.path, REPORT_REVIEWER);
  // Issue 16: < 300 MB at 100,000 articles, < 400 MB at a million.
  const limit = opts.dataset.articles >= 1_000_000 ? 400 : 300;
  try {
    const opened = rssBytes(pid);
    await served.call('getDatabaseInfo', {});
    await served.call('listArticles', { sort: 'date' });
    await served.call('listArticles', { search: 'Putin', sort: 'date' });
    await served.call('listArticles', { search: 'Inflation' });
    await served.call('renderExport', { format: 'html', filter });
    const afterHtml = rssBytes(pid);
    await served.call('renderExport', { format: 'pdf', filter });
    // A moment for the garbage collector to run, as it would while the reviewer reads the report.
    await new Promise((r) => setTimeout(r, 2_000));
    const after = rssBytes(pid);
    const peak = peakRssBytes(pid);
    opts.log(`memory: after open ${(opened / MB).toFixed(0)} MB, after html ${(afterHtml / MB).toFixed(0)} MB, after pdf ${(after / MB).toFixed(0)} MB, peak ${(peak / MB).toFixed(0)} MB`);
    return [
      {
        id: 'memory',
        label: `RSS of the core process, ${n}-article file open, after search + export (${filter.claimIds.length.toLocaleString('en')} claims)`,
        unit: 'MB',
        samples: [after / MB],
        target: { statistic: 'median', comparison: '<', value: limit, text: `< ${limit} MB` },
        details: { afterOpenMB: opened / MB, afterHtmlExportMB: afterHtml / MB, peakMB: peak / MB },
      },
      { id: 'memory-peak', label: '  peak RSS during it (VmHWM)', unit: 'MB', samples: [peak / MB], target: null },
    ];
  } finally {
    await served.stop();
  }
}
