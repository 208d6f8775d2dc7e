/**
 * What the server shows beside the diagnostics: hover on a formulation, the outline
 * (document symbols, folding) and the `speechcheck/report` request. Each reuses the analyses
 * of the document's check, never a second analysis with other settings.
 */
import * as fs from 'node:fs';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { REPORT_REQUEST } from '../../protocol';
import { SEGMENTATION_LIMIT } from '../checker';
import { formulationHover } from '../hover';
import { isPosition, requireUri, type Session } from '../session';
import { isMostlyChinese, uriToPath } from '../settings';
import { documentSymbols, flatSymbols, foldingRanges } from '../symbols';

export function registerViews(session: Session): void {
  const { connection, documents, configs, checker } = session;

  connection.onHover(
    session.guard('textDocument/hover', async (params) => {
      const uri = requireUri(params);
      if (!isPosition(params.position)) throw new ResponseError(ErrorCodes.InvalidParams, 'hover needs a position');
      const doc = documents.get(uri);
      if (!doc) return null;
      const config = await configs.forDocument(doc);
      if (!config.checked) return null;
      // The formulations the shown findings came from, not a second analysis with other settings
      // (none while a big draft's check runs: the canon's entries still show).
      const formulations = checker.ready(doc, config.config, config.key)?.analyses.formulations ?? [];
      return formulationHover(doc, doc.offsetAt(params.position), config.config, formulations);
    }),
  );

  /** The outline is for speech drafts (and Chinese plain text), not Markdown, which has its own. */
  async function outlineDocument(uri: string): Promise<TextDocument | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const settings = await configs.settingsFor(uri);
    if (!settings.enable) return undefined;
    if (settings.languages.includes(doc.languageId)) return doc;
    const plain = doc.languageId === 'plaintext' || doc.languageId === 'text';
    return plain && settings.checkMostlyChinese && isMostlyChinese(doc.getText()) ? doc : undefined;
  }

  /** The outline of the document's check when it is checked (else symbols build their own); a big draft's comes from the worker ahead of its check. */
  async function checkedOutline(doc: TextDocument) {
    const config = await configs.forDocument(doc);
    return config.checked ? await checker.outline(doc, config.config, config.key) : undefined;
  }

  connection.onDocumentSymbol(
    session.guard('textDocument/documentSymbol', async (params) => {
      const doc = await outlineDocument(requireUri(params));
      if (!doc) return [];
      const outline = await checkedOutline(doc);
      return session.support.hierarchicalSymbols ? documentSymbols(doc, outline) : flatSymbols(doc, outline);
    }),
  );

  connection.onFoldingRanges(
    session.guard('textDocument/foldingRange', async (params) => {
      const doc = await outlineDocument(requireUri(params));
      return doc ? foldingRanges(doc, await checkedOutline(doc)) : [];
    }),
  );

  connection.onRequest(
    REPORT_REQUEST,
    session.guard(REPORT_REQUEST, async (params: { uri?: unknown } | undefined) => {
      const uri = params?.uri;
      if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${REPORT_REQUEST} needs {uri}`);
      let doc = documents.get(uri);
      if (!doc) {
        const filePath = uriToPath(uri);
        if (!filePath || !fs.existsSync(filePath)) {
          throw new ResponseError(ErrorCodes.InvalidParams, `${uri} is neither open nor a readable file`);
        }
        doc = TextDocument.create(uri, 'speech-draft', 0, fs.readFileSync(filePath, 'utf8'));
      }
      const config = await configs.forDocument(doc);
      const text = doc.getText();
      // A report is asked for once, not per keystroke: it waits for segmentation.
      if (text.length <= SEGMENTATION_LIMIT) await checker.scheduleSegmenterLoad(0);
      return checker.reportAsync(text, config.config);
    }),
  );
}
