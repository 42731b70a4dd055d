// A key the renderer asks for but no catalogue has would show the key itself ("export.title") on
// screen. Every literal key in renderer/src — t('key') with the file's useTranslation namespace,
// i18n.t('ns:key'), <Trans i18nKey="key"> — must exist in the English catalogue (the catalogue
// test then holds German to the same keys). Keys built at run time (`status.${s}`) are left to the
// browser tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, NAMESPACES, type Messages, type Namespace } from '../../main/common/i18n';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function has(messages: Messages, key: string): boolean {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string';
}

const isNamespace = (value: string): value is Namespace => (NAMESPACES as readonly string[]).includes(value);

/** The keys a source file asks for, each as "namespace:key". */
function keysIn(source: string, fallback: Namespace = 'workbench'): string[] {
  const own = /useTranslation\(\s*'([a-z]+)'/.exec(source)?.[1] ?? fallback;
  const found: string[] = [];
  for (const m of source.matchAll(/(?<![\w$])(?:i18n\.)?t\(\s*'([^'$`]+)'/g)) {
    const key = m[1]!;
    found.push(key.includes(':') ? key : `${own}:${key}`);
  }
  for (const m of source.matchAll(/i18nKey="([^"]+)"/g)) found.push(`${own}:${m[1]!}`);
  return found;
}

describe('keys the renderer asks for', () => {
  it('reads keys with and without a namespace', () => {
    expect(keysIn("const { t } = useTranslation('panels'); t('a.b'); i18n.t('common:status.draft'); <Trans i18nKey=\"c\" />")).toEqual([
      'panels:a.b',
      'common:status.draft',
      'panels:c',
    ]);
  });

  it('are all in the English catalogue', () => {
    const missing = files('renderer/src').flatMap((file) =>
      keysIn(readFileSync(file, 'utf8')).flatMap((ref) => {
        const [namespace = '', key = ''] = ref.split(':');
        return isNamespace(namespace) && has(CATALOGUES.en[namespace], key) ? [] : [`${file}: ${ref}`];
      }),
    );
    expect(missing).toEqual([]);
  });
});

// The desktop shell (main/index.ts, main/shell) translates with the `shell` catalogue only.
describe('keys the desktop shell asks for', () => {
  it('are all in the English shell catalogue', () => {
    const sources = ['main/index.ts', ...files('main/shell')];
    const found = sources.flatMap((file) => keysIn(readFileSync(file, 'utf8'), 'shell').map((ref) => [file, ref] as const));
    expect(found.length).toBeGreaterThan(20);
    const missing = found.flatMap(([file, ref]) => {
      const [namespace = '', key = ''] = ref.split(':');
      return namespace === 'shell' && has(CATALOGUES.en.shell, key) ? [] : [`${file}: ${ref}`];
    });
    expect(missing).toEqual([]);
  });
});
