// The workspace of one window (Electron) or one `factdesk serve`: which file is open, the
// recently used files, and switching between them. Every other API call goes to the core of the
// file that is open now, so the renderer keeps one API while the user changes files.
import { homedir } from 'node:os';
import type { FactdeskApi, MethodName, SessionMethodName } from '@common/contract';
import { METHOD_NAMES } from '@common/contract/methods';
import { HANDLERS, invokeValidated, serve, type Handlers, type Served } from './dispatch';
import { readRecent, rememberRecent } from './recent';
import { resolveTypedDatabasePath } from './store/paths';
import type { FactdeskCore } from './service';

export interface WorkspaceOptions {
  /** Opens (or creates) the core for a file; the session owns what it returns. */
  open(path: string, create: boolean): Promise<FactdeskCore>;
  /** JSON file keeping the recently opened databases. */
  recentFile: string;
  /** A native file chooser, where there is one (the desktop app); absent in the browser bridge. */
  pickDatabaseFile?(mode: 'open' | 'new'): Promise<string | null>;
  /** Where typed relative paths are taken from (default: the user's home folder). */
  homeDir?: string;
  /** Told after each file is opened and remembered (the desktop rebuilds File ▸ Open Recent). */
  onOpened?(path: string): void;
}

type SessionHandlers = Required<Pick<Handlers, SessionMethodName>>;

export class Workspace {
  private constructor(
    private core: FactdeskCore,
    private readonly options: WorkspaceOptions,
  ) {}

  /** `create: false` for a file remembered from last time: if it is gone, say so instead of making an empty one. */
  static async start(options: WorkspaceOptions, initialPath: string, create = true): Promise<Workspace> {
    const core = await options.open(initialPath, create);
    await rememberRecent(options.recentFile, core.path);
    options.onOpened?.(core.path);
    return new Workspace(core, options);
  }

  /**
   * What the desktop app opens on start (and `npm start`'s browser fallback with it): the file
   * opened last, never recreated; if it is gone or refused, `onFallback` hears why and the default
   * file is opened (created when missing).
   */
  static async resume(options: WorkspaceOptions, defaultPath: string, onFallback: (e: unknown) => void): Promise<Workspace> {
    const last = (await readRecent(options.recentFile))[0];
    if (!last) return Workspace.start(options, defaultPath);
    return Workspace.start(options, last, false).catch((e: unknown) => {
      onFallback(e);
      return Workspace.start(options, defaultPath);
    });
  }

  get current(): FactdeskCore {
    return this.core;
  }

  /**
   * Opens another file; the current one stays open if the new one is refused. The path is a
   * person's choice (a dialog or the start screen): relative and ~ paths are taken from the home
   * folder, and a new file without a .factdesk or .db extension gets .factdesk.
   */
  async switchTo(path: string, create: boolean): Promise<FactdeskCore> {
    const home = this.options.homeDir ?? homedir();
    const next = await this.options.open(resolveTypedDatabasePath(path, { home, create }), create);
    const previous = this.core;
    this.core = next;
    await rememberRecent(this.options.recentFile, next.path);
    this.options.onOpened?.(next.path);
    await previous.close();
    return next;
  }

  async close(): Promise<void> {
    await this.core.close();
  }

  private cachedApi: Served<Handlers> | null = null;

  /**
   * The renderer's API: the workspace's own methods, everything else handled by the core of the
   * file open now. Served like a core, so a call is validated once, here or in dispatch.
   */
  api(): FactdeskApi & Served<Handlers> {
    this.cachedApi ??= serve(this.handlers());
    return this.cachedApi as FactdeskApi & Served<Handlers>;
  }

  private handlers(): Handlers {
    const own: SessionHandlers = {
      getRecentDatabases: async () => readRecent(this.options.recentFile),
      switchDatabase: async ({ path, create }) => {
        const core = await this.switchTo(path, create ?? false);
        return invokeValidated(core, 'getDatabaseInfo', {});
      },
      pickDatabaseFile: async ({ mode }) => {
        if (!this.options.pickDatabaseFile) return { supported: false, path: null };
        return { supported: true, path: await this.options.pickDatabaseFile(mode) };
      },
    };
    const handlers: Partial<Record<MethodName, (input: unknown) => Promise<unknown>>> = {};
    for (const method of METHOD_NAMES) {
      handlers[method] =
        method in own
          ? (own[method as keyof SessionHandlers] as (input: unknown) => Promise<unknown>)
          : // The core of whichever file is open at the time of the call.
            (input: unknown) => (this.core[HANDLERS][method as keyof FactdeskCore[typeof HANDLERS]] as (i: unknown) => Promise<unknown>)(input);
    }
    return handlers as Handlers;
  }
}
