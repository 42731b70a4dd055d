// `factdesk settings` and `factdesk import-annotations`: the organisation named in reports, and
// claims brought over from another database's Web Annotation export.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { FactdeskError } from '@common/domain/errors';
import { REPORT_LANGUAGES, type ReportLanguage } from '@common/domain/types';
import { printJson, withCommonOptions, withCore, type CommonOptions } from '../common';
import { oneLine, say, tell } from '../terminal';
import { msg } from '../messages';

interface SettingsOptions extends CommonOptions {
  orgName?: string;
  orgUrl?: string;
  logoUrl?: string;
  urlPattern?: string;
  reportLanguage?: string;
}

export function reportLanguageArg(value: string | undefined): ReportLanguage | undefined {
  if (value === undefined) return undefined;
  const language = REPORT_LANGUAGES.find((l) => l === value.trim().toLowerCase());
  if (language === undefined) throw new FactdeskError('invalid_input', msg('export.reportLanguage', { value }));
  return language;
}

/** An empty option value clears an address (the contract wants a URL or null). */
const blankToNull = (value: string | undefined): string | null | undefined => (value === undefined ? undefined : value.trim() === '' ? null : value);

export function registerSettingsCommands(program: Command, setExit: (code: number) => void): void {
  withCommonOptions(
    program
      .command('settings')
      .description('show or change the organisation (author of ClaimReview and reports) and how fact-checks are published')
      .option('--org-name <name>', 'the fact-checking organisation ("" clears it)')
      .option('--org-url <url>', "the organisation's web address (ClaimReview's author needs it)")
      .option('--logo-url <url>', "the address of the organisation's logo")
      .option('--url-pattern <pattern>', 'where published fact-checks live, with {id} and/or {slug}, e.g. https://desk.example/checks/{id}')
      .option('--report-language <en|de>', 'the language of reports and their verdict labels'),
  ).action(async (opts: SettingsOptions) => {
    await withCore(opts, async (core) => {
      const change = {
        organisationName: opts.orgName,
        organisationUrl: blankToNull(opts.orgUrl),
        organisationLogoUrl: blankToNull(opts.logoUrl),
        publicationUrlPattern: blankToNull(opts.urlPattern),
        reportLanguage: reportLanguageArg(opts.reportLanguage),
      };
      const settings = Object.values(change).every((v) => v === undefined) ? await core.getSettings({}) : await core.updateSettings(change);
      if (opts.json) printJson(settings);
      else {
        const line = (key: string, value: string | null, unset = 'settings.notSet'): void => say(`${msg(key, { value: value === null ? msg(unset) : oneLine(value) })}\n`);
        line('settings.organisation', settings.organisationName);
        line('settings.organisationUrl', settings.organisationUrl, 'settings.notSetOrgUrl');
        line('settings.logo', settings.organisationLogoUrl);
        line('settings.urlPattern', settings.publicationUrlPattern, 'settings.notSetPattern');
        line('settings.reportLanguage', settings.reportLanguage);
        line('settings.reviewer', core.reviewer);
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
          say(`claim ${i.claimId}\tarticle ${i.articleId}${i.exactMatch ? '' : `\t${msg('settings.reAnchored')}`}\n`);
        }
        for (const s of report.skipped) tell(`${msg('settings.skipped', { annotation: oneLine(s.annotation), reason: s.reason })}\n`);
      }
      if (report.imported.length === 0 && report.skipped.length > 0) setExit(1);
    });
  });
}
