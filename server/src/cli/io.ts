/**
 * What the commands are given to work with (the process, or a test's stand-in) and the
 * output formats: shared by main.ts and the commands it runs.
 */
export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout(s: string): void;
  stderr(s: string): void;
  readStdin(): Promise<Buffer>;
  /** Whether stdout is a terminal (stylish colours; the default format). */
  isTTY: boolean;
  /**
   * When stdout holds more than it can pass on (a pipe read slower than the report is made): a
   * promise that settles once it has drained; undefined when it is not backed up.
   */
  drain?(): Promise<void> | undefined;
  /** Whether stderr is a terminal: a progress line while many files are checked. */
  stderrIsTTY?: boolean;
}

export const FORMATS = ['stylish', 'json', 'sarif', 'markdown'] as const;
export type OutputFormat = (typeof FORMATS)[number];
