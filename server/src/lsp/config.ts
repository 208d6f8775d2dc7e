/**
 * Per-document configuration for the server: editor settings fetched with
 * `workspace/configuration` (cached per document until the client says they changed), or
 * pushed with `didChangeConfiguration` / `initializationOptions` by simpler clients, merged
 * with the applicable `.speechcheckrc.json`. Problems are shown once per change, and
 * checking goes on with what is valid.
 */
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../engine/model/types';
import { message } from './messages';
import {
  DEFAULT_SETTINGS,
  isCheckedLanguage,
  RcFileCache,
  resolveDocumentConfig,
  sanitizeSettings,
  SETTINGS_SECTION,
  type ResolvedConfig,
  type ServerSettings,
} from './settings';

export interface DocumentConfig extends ResolvedConfig {
  /** Whether this document is checked at all (enabled, and a checked language). */
  checked: boolean;
}

export class ConfigStore {
  private generation = 0;
  private readonly perDocument = new Map<string, Promise<ServerSettings>>();
  private readonly shown = new Set<string>();
  private readonly rc = new RcFileCache();
  /** Settings a client pushed (initializationOptions, then didChangeConfiguration). */
  private pushed: unknown;
  pullsConfiguration = false;
  clientLocale: string | undefined;

  constructor(private readonly connection: Connection) {}

  /** `initializationOptions` may be the settings or hold them under `speechcheck`. */
  setInitializationOptions(options: unknown): void {
    this.pushed = sectionOf(options);
  }

  /** A `didChangeConfiguration`: drop caches; keep pushed settings when the client pushes them. */
  settingsChanged(settings: unknown): void {
    if (!this.pullsConfiguration && settings !== undefined && settings !== null) {
      const section = sectionOf(settings);
      if (section !== undefined) this.pushed = section;
    }
    this.invalidate();
  }

  /** Anything changed (settings, an rc file): every cached configuration is stale. */
  invalidate(): void {
    this.generation++;
    this.perDocument.clear();
    this.rc.clear();
    this.shown.clear();
  }

  forget(uri: string): void {
    this.perDocument.delete(uri);
  }

  /** The locale for the server's own notices before any document is known. */
  get noticeLocale(): Locale {
    return (this.clientLocale ?? '').toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
  }

  async settingsFor(uri: string): Promise<ServerSettings> {
    let settings = this.perDocument.get(uri);
    if (!settings) {
      settings = this.fetchSettings(uri);
      this.perDocument.set(uri, settings);
    }
    return settings;
  }

  async forDocument(doc: TextDocument): Promise<DocumentConfig> {
    const settings = await this.settingsFor(doc.uri);
    const rc = this.rc.forUri(doc.uri);
    if (rc.error) this.notifyOnce('error', message('invalidRc', this.noticeLocale, { message: rc.error.message }));
    const resolved = resolveDocumentConfig(settings, rc, this.generation, this.clientLocale);
    return { ...resolved, checked: isCheckedLanguage(settings, doc.languageId, doc.getText()) };
  }

  notifyOnce(kind: 'error' | 'warning', text: string): void {
    if (this.shown.has(text)) return;
    this.shown.add(text);
    // A notification, not window/showMessageRequest: nothing to answer, nothing to wait for.
    void this.connection.sendNotification(ShowMessageNotification.type, {
      type: kind === 'error' ? MessageType.Error : MessageType.Warning,
      message: text,
    });
    this.connection.console.warn(text);
  }

  private async fetchSettings(uri: string): Promise<ServerSettings> {
    const base = this.sanitize(this.pushed, DEFAULT_SETTINGS);
    if (!this.pullsConfiguration) return base;
    try {
      const raw: unknown = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION });
      return this.sanitize(raw, base);
    } catch (e) {
      this.connection.console.warn(`workspace/configuration failed, using defaults: ${(e as Error).message}`);
      return base;
    }
  }

  private sanitize(raw: unknown, base: ServerSettings): ServerSettings {
    const { settings, problems } = sanitizeSettings(raw, base);
    if (problems.length > 0) this.notifyOnce('warning', message('invalidSettings', this.noticeLocale, { message: problems.join('; ') }));
    return settings;
  }
}

function sectionOf(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value) && SETTINGS_SECTION in value) {
    return (value as Record<string, unknown>)[SETTINGS_SECTION];
  }
  return value ?? undefined;
}
