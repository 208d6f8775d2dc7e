/**
 * "Fill the identical ones too?", asked once a name, place or unit slot has its value (by the
 * guided fill and by 填写此处…): the other open slots written the same way, each in its
 * sentence with the value in place, to tick. Only those likely to be the same datum start
 * ticked (slots.ts `likelySameDatum`): `XX同志和XX同志` are two people, `xx镇` and `xx河` two
 * places, and Enter must not give them one name.
 */
import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';
import { canFillAllAtOnce, fillText, likelySameDatum, markedSentence, slotContext, type SlotOccurrence } from './slots';

/**
 * The slots of `others` to fill with `value` as well as `slot`. `fillIdentical` answers for
 * tests (true: every identical one, false: none); otherwise the writer picks.
 */
export async function pickIdenticalSlots<T extends SlotOccurrence>(
  ctx: CommandContext,
  doc: vscode.TextDocument,
  slot: T,
  others: readonly T[],
  value: string,
  fillIdentical?: boolean,
): Promise<T[]> {
  if (!canFillAllAtOnce(slot.kind)) return [];
  const same = others.filter((s) => s !== slot && s.text === slot.text && s.kind === slot.kind);
  if (same.length === 0) return [];
  if (fillIdentical !== undefined) return fillIdentical ? same : [];
  const text = doc.getText();
  const items = same.map((s) => ({
    label: markedSentence(slotContext(text, s.start, s.end)).replace(`【${s.text}】`, `【${fillText(s, value)}】`),
    description: ctx.say('lineN', { line: s.line + 1 }),
    picked: likelySameDatum(text, slot, s),
    slot: s,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: ctx.say('fillIdenticalTitle', { count: same.length, slot: slot.text, value }),
    placeHolder: ctx.say('fillIdenticalHint'),
    canPickMany: true,
    ignoreFocusOut: true,
  });
  return picked?.map((p) => p.slot) ?? [];
}
