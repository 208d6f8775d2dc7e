/**
 * The guided fill: the open slots one at a time, each in its sentence, with progress. Enter
 * fills and moves on, an empty Enter skips, Esc stops. Identical name, place and unit slots
 * (`XX县`, `XX同志`) may then be filled at once — an explicit choice with a preview of every
 * sentence (identicalSlots.ts); figures are never shared, because two `XX亿元` are two
 * different numbers.
 */
import * as vscode from 'vscode';
import { CLIENT_COMMANDS } from '../../server/src/protocol';
import { slotKindName } from '../../server/src/engine/model/l10n';
import { placeholderSlots, type PlaceholderSlot } from './diagnostics';
import { commandContext, selectAndReveal, type CommandContext } from './commandContext';
import type { Locale } from './messages';
import { pickIdenticalSlots } from './identicalSlots';
import { fillExample, fillText, firstSlotFrom, markedSentence, shiftAfterFill, slotContext, type SlotOccurrence } from './slots';

export interface GuidedFillArgs {
  uri?: string;
  /** For tests: the values to enter, in order (undefined = Esc, '' = skip). */
  values?: Array<string | undefined>;
  /** For tests: answer to "fill the identical ones too?" (default: ask). */
  fillIdentical?: boolean;
}

export interface GuidedFillResult {
  filled: number;
  skipped: number;
  total: number;
  stopped: boolean;
}

type Slot = SlotOccurrence;

export function registerGuidedFill(locale: () => Locale): vscode.Disposable {
  const ctx = commandContext(locale);
  return vscode.commands.registerCommand(CLIENT_COMMANDS.guidedFill, (arg?: vscode.Uri | GuidedFillArgs) => guidedFill(ctx, arg));
}

async function guidedFill(ctx: CommandContext, arg?: vscode.Uri | GuidedFillArgs): Promise<GuidedFillResult> {
  const args: GuidedFillArgs = arg instanceof vscode.Uri ? { uri: arg.toString() } : { ...(arg ?? {}) };
  if (args.values) args.values = [...args.values];
  const editor = args.uri ? await vscode.window.showTextDocument(vscode.Uri.parse(args.uri)) : vscode.window.activeTextEditor;
  const result: GuidedFillResult = { filled: 0, skipped: 0, total: 0, stopped: false };
  if (!editor) {
    ctx.noEditor();
    return result;
  }
  const doc = editor.document;
  const slots: Slot[] = placeholderSlots(doc).map(({ range: _range, ...s }) => s);
  result.total = slots.length;
  if (slots.length === 0) {
    void vscode.window.showInformationMessage(ctx.say('noSlots'));
    return result;
  }
  // Start at the cursor, then go round once.
  const first = firstSlotFrom(slots, doc.offsetAt(editor.selection.start));
  await fillInTurn(ctx, editor, [...slots.slice(first), ...slots.slice(0, first)], args, result);
  const left = result.total - result.filled;
  void vscode.window.showInformationMessage(ctx.say('guidedDone', { filled: result.filled, left }));
  return result;
}

/** Asks for each slot of `queue` in turn, filling (and counting in `result`) as it goes. */
async function fillInTurn(ctx: CommandContext, editor: vscode.TextEditor, queue: Slot[], args: GuidedFillArgs, result: GuidedFillResult): Promise<void> {
  const doc = editor.document;
  let k = 0;
  while (queue.length > 0) {
    const slot = queue.shift()!;
    k++;
    selectAndReveal(editor, doc.positionAt(slot.start), doc.positionAt(slot.end));
    const value = await ask(ctx, doc, slot, k, result.total, args);
    if (value === undefined) {
      result.stopped = true;
      return;
    }
    if (value.trim() === '') {
      result.skipped++;
      continue;
    }
    const targets = [slot, ...(await pickIdenticalSlots(ctx, doc, slot, queue, value, args.fillIdentical))];
    if (!(await fill(doc, targets, value))) continue;
    result.filled += targets.length;
    k += targets.length - 1;
    queue = queue.filter((s) => !targets.includes(s));
    // Later slots move by what each fill added or removed (applied back to front).
    for (const t of [...targets].sort((a, b) => b.start - a.start)) {
      queue = shiftAfterFill(queue, t.start, t.end, fillText(t, value).length);
    }
  }
}

function ask(ctx: CommandContext, doc: vscode.TextDocument, slot: Slot, k: number, n: number, args: GuidedFillArgs): Thenable<string | undefined> {
  if (args.values) return Promise.resolve(args.values.shift());
  const context = slotContext(doc.getText(), slot.start, slot.end);
  const kind = slot.kind ? ` · ${slotKindName(slot.kind, ctx.locale())}` : '';
  return vscode.window.showInputBox({
    title: ctx.say('guidedTitle', { k, n, kind }),
    prompt: markedSentence(context),
    placeHolder: ctx.say('fillPlaceholder', { example: fillExample(slot.kind, doc.getText().slice(slot.end, slot.end + 4)) }),
    ignoreFocusOut: true,
  });
}

async function fill(doc: vscode.TextDocument, targets: Slot[], value: string): Promise<boolean> {
  const edit = new vscode.WorkspaceEdit();
  for (const s of targets) {
    const range = new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
    // A slot whose text changed since it was listed is left alone, never overwritten.
    if (doc.getText(range) !== s.text) continue;
    edit.replace(doc.uri, range, fillText(s, value));
  }
  return edit.size > 0 && vscode.workspace.applyEdit(edit);
}

export type { PlaceholderSlot };
