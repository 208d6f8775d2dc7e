/**
 * The commands a writer runs on a draft: next slot, fill identical slots, date line,
 * fix all, export the report. Each works on the active editor, or on the document named in
 * its argument (menus pass a Uri; tests pass `{ uri, … }` to skip the prompts), and returns
 * what it did so tests can check it. The commands themselves live in slotCommands.ts,
 * dateLineCommands.ts and documentCommands.ts.
 */
import * as vscode from 'vscode';
import { CLIENT_COMMANDS } from '../../server/src/protocol';
import { commandContext, type Arg } from './commandContext';
import { insertDateLine, selectRange } from './dateLineCommands';
import { exportReport, fixAll } from './documentCommands';
import type { Locale } from './messages';
import type { ReportSource } from './reportPanel';
import { fillSlot, gotoSlot } from './slotCommands';

export function registerCommands(getReport: ReportSource, locale: () => Locale): vscode.Disposable[] {
  const ctx = commandContext(locale);
  const register = <A extends unknown[], R>(id: string, run: (...args: A) => R) => vscode.commands.registerCommand(id, run);
  return [
    register(CLIENT_COMMANDS.nextSlot, (arg?: Arg) => gotoSlot(ctx, arg, 'next')),
    register(CLIENT_COMMANDS.previousSlot, (arg?: Arg) => gotoSlot(ctx, arg, 'previous')),
    register(CLIENT_COMMANDS.fillSlot, (arg?: Arg) => fillSlot(ctx, arg)),
    register(CLIENT_COMMANDS.insertDateLine, (arg?: Arg) => insertDateLine(ctx, arg)),
    register(CLIENT_COMMANDS.fixAll, (arg?: Arg) => fixAll(ctx, arg)),
    register(CLIENT_COMMANDS.exportReport, (arg?: Arg) => exportReport(ctx, getReport, arg)),
    // Run by the server after a quick fix inserts a date line: select it, ready to be typed over.
    register(CLIENT_COMMANDS.selectRange, selectRange),
  ];
}
