/**
 * Word drafts through the built command line: the fixtures (generated from the scenario
 * drafts, with split runs, a table, a text box, a header, a footnote and a comment) read as
 * exactly the draft's text, are checked like the text file (golden JSON), report, and
 * `--fix` writes a reviewed copy whose accepted revisions give the text's own --fix.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli, scratchDir } from '../cli/cli-helpers';
import { readDocx } from '../../server/src/docx/read';
import { OUTSIDE_BODY } from './fixtures';
import { docxName, SCENARIO_DRAFTS, SCENARIO_NAMES, writeScenarioDrafts } from './scenario-drafts';

const DRAFTS = SCENARIO_DRAFTS;
const NAMES = SCENARIO_NAMES;
const golden = (name: string): string => path.join(__dirname, '__golden__', name);
let dir: string;

beforeAll(async () => {
  ensureBuilt();
  dir = scratchDir('docx');
  await writeScenarioDrafts(dir);
}, 60_000);

describe('reading a .docx', () => {
  it.each(NAMES)('%s: the body is the draft, header/footnote/comment left out', (name) => {
    const text = fs.readFileSync(path.join(DRAFTS, name), 'utf8');
    const read = readDocx(fs.readFileSync(path.join(dir, docxName(name))));
    expect(read.text).toBe(text);
    for (const outside of Object.values(OUTSIDE_BODY)) expect(read.text).not.toContain(outside);
  });

  it('the fixture really has the structure it claims', () => {
    const parts = unzipSync(fs.readFileSync(path.join(dir, docxName(NAMES[0]!))));
    const xml = strFromU8(parts['word/document.xml']!);
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('txbxContent');
    expect(xml).toContain('w:footnoteReference');
    expect(xml).toContain('w:commentRangeStart');
    expect(Object.keys(parts).some((n) => /header\d*\.xml$/.test(n))).toBe(true);
    // Runs are split inside words and slots: "XX亿元" spans runs.
    expect(xml).not.toMatch(/XX亿元/);
  });
});

describe('speechcheck on a .docx', () => {
  it.each(NAMES)('%s: the same findings as the text file, paragraphs as lines, source docx (golden)', async (name) => {
    const asText = runCli(['--format', 'json', name], { cwd: dir });
    const asWord = runCli(['--format', 'json', docxName(name)], { cwd: dir });
    expect(asWord.stderr).toBe('');
    expect(asWord.code).toBe(asText.code);
    const word = JSON.parse(asWord.stdout);
    const text = JSON.parse(asText.stdout);
    expect(word[0].source).toBe('docx');
    expect(word[0].diagnostics).toEqual(text[0].diagnostics);
    // The golden file holds the report pretty-printed, to be read (the command writes it compact).
    await expect(`${JSON.stringify(word, null, 2)}\n`).toMatchFileSnapshot(golden(name.replace(/\.txt$/, '.docx.json')));
  });

  it('stylish says 第 N 段; English says ¶N', () => {
    const name = docxName(NAMES[0]!);
    const zh = runCli([name], { cwd: dir });
    expect(zh.stdout).toMatch(/第 \d+ 段:\d+/);
    const en = runCli(['--locale', 'en', name], { cwd: dir });
    expect(en.stdout).toMatch(/¶\d+:\d+/);
    expect(runCli(['--format', 'markdown', name], { cwd: dir }).stdout).toContain('| 段:字 |');
    const sarif = JSON.parse(runCli(['--format', 'sarif', name], { cwd: dir }).stdout);
    expect(sarif.runs[0].artifacts[0].properties).toEqual({ source: 'docx' });
    expect(runCli(['--format', 'markdown', NAMES[0]!], { cwd: dir }).stdout).toContain('| 行:列 |');
  });

  it('a folder picks up .docx files, not the ones --fix writes', () => {
    const sub = scratchDir('docx-folder');
    fs.copyFileSync(path.join(dir, docxName(NAMES[0]!)), path.join(sub, 'a.docx'));
    fs.copyFileSync(path.join(dir, docxName(NAMES[0]!)), path.join(sub, 'a.speechcheck.docx'));
    fs.writeFileSync(path.join(sub, '~$a.docx'), 'lock');
    const r = runCli(['--format', 'json', '.'], { cwd: sub });
    expect(JSON.parse(r.stdout).map((x: { file: string }) => x.file)).toEqual(['a.docx']);
  });

  it('report works on a .docx as on the text', () => {
    const name = NAMES[0]!;
    const asText = JSON.parse(runCli(['report', '--format', 'json', name], { cwd: dir }).stdout);
    const r = runCli(['report', '--format', 'json', docxName(name)], { cwd: dir });
    expect(r.code).toBe(0);
    const asWord = JSON.parse(r.stdout);
    expect(asWord.source).toBe('docx');
    expect({ ...asWord, file: '', source: undefined }).toEqual({ ...asText, file: '', source: undefined });
    expect(runCli(['report', docxName(name)], { cwd: dir }).stdout).toContain('#');
  });
});
