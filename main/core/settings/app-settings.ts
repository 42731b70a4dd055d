// Settings that belong to the person, not to the shared file: who they are. Kept as JSON in the
// app's settings folder (options, then $FACTDESK_HOME, then ~/.config/factdesk).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';
import { isLanguage, type Language } from '@common/i18n/languages';

export interface AppSettings {
  reviewerName: string | null;
  /** The interface language the person chose; null (or absent) follows the system. */
  interfaceLanguage: Language | null;
}

const NOTHING_SAVED: AppSettings = { reviewerName: null, interfaceLanguage: null };

const FILE_NAME = 'settings.json';

export function appSettingsDir(explicit?: string): string {
  if (explicit) return explicit;
  if (process.env.FACTDESK_HOME) return process.env.FACTDESK_HOME;
  const configHome = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(configHome, 'factdesk');
}

export async function readAppSettings(dir: string): Promise<AppSettings> {
  let raw: string;
  try {
    raw = await readFile(join(dir, FILE_NAME), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return NOTHING_SAVED;
    throw e;
  }
  try {
    const parsed = JSON.parse(raw) as { reviewerName?: unknown; interfaceLanguage?: unknown } | null;
    const name = parsed?.reviewerName;
    const language = parsed?.interfaceLanguage;
    return {
      reviewerName: typeof name === 'string' && name.trim() !== '' ? name : null,
      // A hand-edited language Factdesk does not speak: follow the system rather than refuse to start.
      interfaceLanguage: isLanguage(language) ? language : null,
    };
  } catch {
    // A hand-edited file that is no longer JSON: ask for the name again rather than refuse to start.
    return NOTHING_SAVED;
  }
}

/** Written to a temporary file and renamed, so a crash never leaves half a settings file. */
export async function writeAppSettings(dir: string, settings: AppSettings): Promise<void> {
  await mkdir(dir, { recursive: true });
  const target = join(dir, FILE_NAME);
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(settings, null, 2)}\n`, 'utf8');
  await rename(temporary, target);
}

/**
 * Who is reviewing, for the CLI, `factdesk serve` and the desktop app alike: the name given for
 * this run (--reviewer), then $FACTDESK_REVIEWER, then the name the person gave on first start
 * (kept in their settings), then their login name. Empty values count as not given.
 */
export async function resolveReviewerName(settingsDir: string, given?: string): Promise<string> {
  const chosen = [given, process.env.FACTDESK_REVIEWER].find((name) => name !== undefined && name.trim() !== '');
  if (chosen !== undefined) return chosen;
  return (await readAppSettings(settingsDir)).reviewerName ?? loginName();
}

function loginName(): string {
  try {
    return userInfo().username || 'reviewer';
  } catch {
    // No passwd entry (some containers): a neutral name until the person gives theirs.
    return 'reviewer';
  }
}
