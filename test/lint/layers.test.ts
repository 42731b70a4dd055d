// The layer rules are checked by ESLint, not remembered: this proves the rules fire where they
// should (and stay quiet where an import is allowed), using the project's own eslint.config.js.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it('the core never imports electron, the renderer or sqlite3', async () => {
    expect(await restrictedImports('main/core/example.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(
      await restrictedImports('main/core/export/example.ts', "import { api } from '../../../renderer/src/api';\nexport const a = api;\n"),
    ).toHaveLength(1);
    expect(await restrictedImports('main/core/store/example.ts', "import sqlite3 from 'sqlite3';\nexport const a = sqlite3;\n")).toHaveLength(1);
  });

  it('only the store adapter imports sqlite3', async () => {
    expect(await restrictedImports('main/core/store/sqlite.ts', "import sqlite3 from 'sqlite3';\nexport const a = sqlite3;\n")).toEqual([]);
    expect(await restrictedImports('main/cli/example.ts', "import sqlite3 from 'sqlite3';\nexport const a = sqlite3;\n")).toHaveLength(1);
  });

  it('the renderer imports no Node, no electron and only types from the core', async () => {
    expect(await restrictedImports('renderer/src/example.ts', "import { readFile } from 'node:fs';\nexport const a = readFile;\n")).toHaveLength(1);
    expect(await restrictedImports('renderer/src/example.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n")).toHaveLength(1);
    expect(
      await restrictedImports('renderer/src/example.ts', "import { openFactdesk } from '../../main/core/service';\nexport const a = openFactdesk;\n"),
    ).toHaveLength(1);
    expect(
      await restrictedImports('renderer/src/example.ts', "import type { Claim } from '@common/domain/types';\nexport type A = Claim;\n"),
    ).toEqual([]);
  });
});
