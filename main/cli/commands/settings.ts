// `factdesk settings` and `factdesk import-annotations`: the organisation named in reports, and
// claims brought over from another database's Web Annotation export.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { printJson, withCommonOptions, withCore, type CommonOptions } from '../common';
import { oneLine, say, tell } from '../terminal';

interface SettingsOptions extends CommonOptions {
  orgName?: string;
  orgUrl?: string;
}

export function registerSettingsCommands(program: Command, setExit: (code: number) => void): void {
  withCommonOptions(
    program
      .command('settings')
      .description('show or change the organisation named as author in ClaimReview and reports')
      .option('--org-name <name>', 'the fact-checking organisation')
      .option('--org-url <url>', "the organisation's web address (ClaimReview needs it for `url`)"),
  ).action(async (opts: SettingsOptions) => {
    await withCore(opts, async (core) => {
      const change = { organisationName: opts.orgName, organisationUrl: opts.orgUrl };
      const settings =
        opts.orgName === undefined && opts.orgUrl === undefined
          ? await core.getSettings({})
          : await core.updateSettings(change);
      if (opts.json) printJson(settings);
      else {
        say(`Organisation:     ${settings.organisationName === null ? '(not set)' : oneLine(settings.organisationName)}\n`);
        say(`Organisation URL: ${settings.organisationUrl === null ? '(not set: ClaimReview exports will lack a url)' : oneLine(settings.organisationUrl)}\n`);
        say(`Reviewer (this computer): ${oneLine(core.reviewer)}\n`);
      }
    });
  });

  withCommonOptions(
    program
      .command('import-annotations')
      .description('add the claims of a W3C Web Annotation export to the articles with the same text')
      .argument('<file>', 'an annotations export (factdesk export --format annotations)'),
  ).action(async (file: string, opts: CommonOptions) => {
    const json = await readFile(file, 'utf8');
    await withCore(opts, async (core) => {
      const report = await core.importAnnotations({ name: basename(file), json });
      if (opts.json) printJson(report);
      else {
        for (const i of report.imported) {
          say(`claim ${i.claimId}\tarticle ${i.articleId}${i.exactMatch ? '' : '\t(re-anchored: the text differs slightly)'}\n`);
        }
        for (const s of report.skipped) tell(`skipped ${oneLine(s.annotation)}: ${s.reason}\n`);
      }
      if (report.imported.length === 0 && report.skipped.length > 0) setExit(1);
    });
  });
}
