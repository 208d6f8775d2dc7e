/** Where `--fix` writes a Word draft's reviewed copy (shared by the CLI and the VS Code command). */
import * as path from 'node:path';

/** `讲话稿.docx` → `讲话稿.speechcheck.docx` (a macro-enabled .docm stays .docm). */
export function fixedPath(absolute: string): string {
  const ext = path.extname(absolute);
  return path.join(path.dirname(absolute), `${path.basename(absolute, ext)}.speechcheck${ext.toLowerCase() === '.docm' ? '.docm' : '.docx'}`);
}
