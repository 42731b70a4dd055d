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

  // One row per edge of the LAYERS table in eslint.config.js, each forbidden edge beside an allowed one.
  const EDGES: Array<[file: string, from: string, fires: boolean]> = [
    ['main/common/domain/x.ts', '../../core/service', true],
    ['main/common/x.ts', 'node:fs', true],
    ['main/common/x.ts', 'electron', true],
    ['main/common/contract/x.ts', '../domain/types', false],
    ['main/core/claims/x.ts', '../../../preload/expose', true],
    ['main/core/x.ts', '../shell/ipc', true],
    ['main/core/x.ts', '../cli/common', true],
    ['main/core/x.ts', '../bridge/server', true],
    ['main/core/x.ts', '../host/renderer-files', true],
    ['main/core/x.ts', 'electron', true],
    ['main/core/claims/x.ts', '@common/domain/types', false],
    ['main/core/claims/x.ts', '../store/repositories/claims', false],
    ['main/core/store/repositories/x.ts', '../../claims/workflow', true],
    ['main/core/store/x.ts', '../export/types', true],
    ['main/core/store/sqlite.ts', '../claims/workflow', true],
    ['main/core/store/repositories/x.ts', './claims', false],
    ['main/core/store/repositories/x.ts', '../rows', false],
    ['main/host/x.ts', '../core/service', true],
    ['main/cli/x.ts', '../shell/window', true],
    ['main/cli/x.ts', 'electron', true],
    ['main/cli/x.ts', '../bridge/server', false],
    ['main/cli/x.ts', '../core/service', false],
    ['main/bridge/x.ts', '../shell/window', true],
    ['main/bridge/x.ts', '../cli/common', true],
    ['main/bridge/x.ts', '../host/renderer-files', false],
    ['main/shell/x.ts', '../cli/common', true],
    ['main/shell/x.ts', '../bridge/server', true],
    ['main/index.ts', './cli/index', true],
    ['main/shell/x.ts', 'electron', false],
    ['main/shell/x.ts', 'sqlite3', true],
    ['preload/x.ts', '../main/core/service', true],
    ['preload/x.ts', '../renderer/src/api', true],
    ['preload/x.ts', '@common/contract/methods', false],
    ['renderer/src/x.ts', '../../main/common/domain/types', true],
    ['renderer/src/x.ts', '../../preload/expose', true],
    ['renderer/src/x.ts', '@common/domain/types', false],
    ['test/x.ts', 'sqlite3', true],
  ];
  it.each(EDGES)('%s importing %s fires: %s', async (file, from, fires) => {
    expect(await restrictedImports(file, `import * as m from '${from}';\nexport const a = m;\n`)).toHaveLength(fires ? 1 : 0);
  });
});
