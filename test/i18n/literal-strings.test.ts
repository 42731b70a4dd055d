// Every string the workbench shows must come from the catalogue. ESLint's API runs
// eslint-plugin-i18next's no-literal-string rule over the whole renderer: text between JSX tags,
// string literals placed in JSX ({cond ? 'Saved' : 'Saving'}), and the attributes a person sees
// or hears (aria-label, title, placeholder, alt, label, ...). Each literal found is listed with
// its file and line, so the failure says what to translate.
import { ESLint } from 'eslint';
import i18next from 'eslint-plugin-i18next';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { LITERAL_STRING_OPTIONS } from './literalStringOptions';

function checker(): ESLint {
  return new ESLint({
    cwd: process.cwd(),
    overrideConfigFile: true, // only this rule: the repo's own lint config is checked by `npm run lint`
    overrideConfig: [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: { i18next },
        rules: { 'i18next/no-literal-string': ['error', LITERAL_STRING_OPTIONS] },
      },
    ],
  });
}

/** "file:line: the JSX around the literal", one per literal (other messages, e.g. disable comments for rules not loaded here, are not ours). */
function literals(results: ESLint.LintResult[]): string[] {
  return results.flatMap((result) =>
    result.messages
      .filter((m) => m.ruleId === 'i18next/no-literal-string')
      .map((m) => `${result.filePath.replace(`${process.cwd()}/`, '')}:${m.line}: ${m.message.replace('disallow literal string: ', '')}`),
  );
}

describe('untranslated strings in the renderer', () => {
  it('finds a literal in JSX text and in a visible attribute, not in a class name', async () => {
    const source = [
      'export function Probe({ ok }: { ok: boolean }) { return <div className="panel" data-testid="x">',
      '  <button aria-label="Close" type="button">Save</button>',
      '  <input placeholder={"Search"} />',
      '  <p>{ok ? "Saved" : "Saving"}</p>',
      '  <img alt="" src="a.png" />',
      '  <span>{t("status.saved")} · 3</span>',
      '</div>; }',
    ].join('\n');
    const found = literals(await checker().lintText(source, { filePath: 'renderer/src/probe.tsx' }));
    expect(found).toEqual([
      'renderer/src/probe.tsx:2: aria-label="Close"',
      'renderer/src/probe.tsx:2: <button aria-label="Close" type="button">Save</button>',
      'renderer/src/probe.tsx:3: {"Search"}',
      'renderer/src/probe.tsx:4: ok ? "Saved" : "Saving"',
      'renderer/src/probe.tsx:4: ok ? "Saved" : "Saving"',
    ]);
  });

  it('has none in the window: the shell, article list, reader, database, export and shared parts', async () => {
    const window = ['App.tsx', 'main.tsx', 'articles', 'editor', 'database', 'export', 'shared'].flatMap((part) =>
      part.includes('.') ? [`renderer/src/${part}`] : [`renderer/src/${part}/**/*.{ts,tsx}`],
    );
    const found = literals(await checker().lintFiles(window));
    expect(found, `Literal strings to translate:\n${found.join('\n')}`).toEqual([]);
  }, 120_000);

  it('has none: every user-visible string of renderer/src is in the catalogue', async () => {
    const found = literals(await checker().lintFiles(['renderer/src/**/*.{ts,tsx}']));
    expect(found, `Literal strings to translate:\n${found.join('\n')}`).toEqual([]);
  }, 120_000);
});
