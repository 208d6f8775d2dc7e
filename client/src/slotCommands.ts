/**
 * The slot commands: go to the next or previous open slot, and fill a slot (then, for a name,
 * place or unit, the identical ones the writer ticks; a figure only where it stands).
 */
import * as vscode from 'vscode';
import { slotKindName } from '../../server/src/engine/model/l10n';
import { argsOf, selectAndReveal, targetEditor, type Arg, type CommandArgs, type CommandContext } from './commandContext';
import { placeholderSlots, type PlaceholderSlot } from './diagnostics';
import { lineList } from './messages';
import { pickIdenticalSlots } from './identicalSlots';
import { canFillAllAtOnce, fillExample, fillText, groupSlots, markedSentence, nextSlotIndex, previousSlotIndex, slotContext, type SlotGroup } from './slots';

export interface SlotPosition {
  line: number;
  text: string;
  index: number;
  total: number;
  wrapped: boolean;
}

/** Selects the next (or previous) open slot, wrapping round, and says which of how many it is. */
export async function gotoSlot(ctx: CommandContext, arg: Arg, direction: 'next' | 'previous'): Promise<SlotPosition | undefined> {
  const editor = await targetEditor(arg);
  if (!editor) return ctx.noEditor();
  const slots = placeholderSlots(editor.document);
  const sel = editor.selection;
  const cursor = editor.document.offsetAt(sel.start);
  const i = direction === 'next' ? nextSlotIndex(slots, cursor, sel.isEmpty) : previousSlotIndex(slots, cursor);
  const slot = slots[i];
  if (!slot) {
    void vscode.window.showInformationMessage(ctx.say('noSlots'));
    return undefined;
  }
  // Going forward and landing before the cursor (or backward and landing after it) wrapped.
  const wrapped = direction === 'next' ? slot.start < cursor || (slot.start === cursor && !sel.isEmpty) : slot.start >= cursor;
  selectAndReveal(editor, slot.range.start, slot.range.end);
  const params = { k: i + 1, n: slots.length };
  const note = wrapped ? ctx.say(direction === 'next' ? 'slotWrapped' : 'slotWrappedBack', params) : ctx.say('slotPosition', params);
  vscode.window.setStatusBarMessage(note, 4000);
  return { line: slot.line, text: slot.text, index: i, total: slots.length, wrapped };
}

/** Where the command was asked for: the quick fix's slot position, else the cursor. */
function cursorOf(editor: vscode.TextEditor, args: CommandArgs): vscode.Position {
  return args.line !== undefined && args.character !== undefined ? new vscode.Position(args.line, args.character) : editor.selection.active;
}

/** The slot group to fill: the named one, the one under the cursor, or the user's pick. */
async function pickGroup(ctx: CommandContext, editor: vscode.TextEditor, slots: PlaceholderSlot[], args: CommandArgs): Promise<SlotGroup<PlaceholderSlot> | undefined> {
  const groups = groupSlots(slots);
  const cursor = cursorOf(editor, args);
  const underCursor = slots.find((s) => s.range.contains(cursor));
  const sameGroup = (g: SlotGroup<PlaceholderSlot>, s: PlaceholderSlot | undefined): boolean => !!s && g.text === s.text && g.kind === s.kind;
  if (args.slot !== undefined) {
    const named = groups.filter((g) => g.text === args.slot && (args.kind === undefined || g.kind === args.kind));
    return named.find((g) => sameGroup(g, underCursor)) ?? named[0];
  }
  if (underCursor) return groups.find((g) => sameGroup(g, underCursor));
  const picked = await vscode.window.showQuickPick(
    groups.map((g) => ({
      label: g.text,
      description: g.kind ? slotKindName(g.kind, ctx.locale()) : '',
      detail: ctx.say('slotDetail', { count: g.occurrences.length, lines: lineList(g.occurrences.map((o) => o.line)) }),
      group: g,
    })),
    { placeHolder: ctx.say('pickSlot'), matchOnDetail: true },
  );
  return picked?.group;
}

/**
 * Fills the slot under the cursor (or the quick fix's) with a value the user types (or the one
 * given), then offers its identical name, place or unit slots, each to tick (identicalSlots.ts);
 * returns how many slots were filled.
 */
export async function fillSlot(ctx: CommandContext, arg?: Arg): Promise<number> {
  const args = argsOf(arg);
  const editor = await targetEditor(arg);
  if (!editor) return ctx.noEditor() ?? 0;
  const doc = editor.document;
  const slots = placeholderSlots(doc);
  if (slots.length === 0) {
    void vscode.window.showInformationMessage(ctx.say('noSlots'));
    return 0;
  }
  const group = await pickGroup(ctx, editor, slots, args);
  if (!group) return 0;
  const cursor = cursorOf(editor, args);
  const one = group.occurrences.find((o) => o.range.contains(cursor)) ?? group.occurrences[0]!;
  // Identical name, place and unit slots may share the value; a figure is filled where it stands.
  const others = canFillAllAtOnce(group.kind) ? group.occurrences.filter((o) => o !== one) : [];
  const value = args.value ?? (await askValue(ctx, doc, group, one, others.length));
  if (value === undefined || value.trim() === '') return 0;
  const targets = [one, ...(await pickIdenticalSlots(ctx, doc, one, others, value, args.fillIdentical))];
  const edit = new vscode.WorkspaceEdit();
  for (const o of targets) {
    // A slot whose text changed while the writer was asked is left alone, never overwritten.
    if (doc.getText(o.range) === o.text) edit.replace(doc.uri, o.range, fillText(group, value));
  }
  if (edit.size === 0 || !(await vscode.workspace.applyEdit(edit))) return 0;
  vscode.window.setStatusBarMessage(ctx.say('filled', { count: targets.length, slot: group.text }), 4000);
  return targets.length;
}

/** Figures, years and dates differ from slot to slot: the prompt says why only this one is filled. */
const ONE_EACH_KINDS: ReadonlySet<string> = new Set(['number', 'year', 'date']);

/** Asks for a slot's value, showing the slot in its sentence, and whether identical ones are offered next. */
function askValue(ctx: CommandContext, doc: vscode.TextDocument, group: SlotGroup<PlaceholderSlot>, one: PlaceholderSlot, identical: number): Thenable<string | undefined> {
  const text = doc.getText();
  const sentence = markedSentence(slotContext(text, one.start, one.end));
  const params = { slot: group.text, line: one.line + 1, count: identical };
  const prompt =
    identical > 0 ? ctx.say('fillThenOffer', params) : ONE_EACH_KINDS.has(group.kind ?? '') ? ctx.say('fillOneOnly', params) : ctx.say('fillThisOne', params);
  return vscode.window.showInputBox({
    title: `${group.text} · ${sentence}`,
    prompt,
    placeHolder: ctx.say('fillPlaceholder', { example: fillExample(group.kind, text.slice(one.end, one.end + 4)) }),
    validateInput: (v) => (v.trim() === '' ? ctx.say('fillEmpty') : undefined),
  });
}
