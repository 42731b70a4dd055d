// The list of recently opened database files, kept in the app's own settings folder (not in a
// database: it is this person's list, whichever file is open).
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

const MAX_RECENT = 10;

export async function readRecent(file: string): Promise<string[]> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    return Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === 'string').slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

export async function rememberRecent(file: string, dbPath: string): Promise<string[]> {
  const list = [dbPath, ...(await readRecent(file)).filter((p) => p !== dbPath)].slice(0, MAX_RECENT);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(list, null, 2));
  return list;
}
