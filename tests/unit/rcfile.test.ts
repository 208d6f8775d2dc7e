/**
 * `.speechcheckrc.json`: found upward from a file, validated with the file named, per-file
 * overrides by globs relative to the rc file's folder.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../server/src/engine/model/config';
import { configLayersFor, findRcFile, overridesFor, RC_FILE_NAME, readRcFile } from '../../server/src/rcfile';

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechcheck-rc-'));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

function configError(f: () => unknown): ConfigError {
  try {
    f();
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('findRcFile', () => {
  it('finds the nearest rc file upward', () => {
    const dir = tree({
      [RC_FILE_NAME]: '{}',
      [`a/${RC_FILE_NAME}`]: '{}',
      'a/b/c/draft.txt': '',
      'd/draft.txt': '',
    });
    expect(findRcFile(path.join(dir, 'a/b/c'))).toBe(path.join(dir, 'a', RC_FILE_NAME));
    expect(findRcFile(path.join(dir, 'd'))).toBe(path.join(dir, RC_FILE_NAME));
  });

  it('ignores a directory of that name', () => {
    const dir = tree({ [`${RC_FILE_NAME}/x`]: '', 'draft.txt': '' });
    const found = findRcFile(dir);
    expect(found === undefined || !found.startsWith(dir)).toBe(true);
  });
});

describe('readRcFile', () => {
  it('reads a valid file, with or without a BOM', () => {
    const dir = tree({ [RC_FILE_NAME]: '\uFEFF{"rules": {"typo": "off"}, "ignoreWords": ["张三"]}' });
    expect(readRcFile(path.join(dir, RC_FILE_NAME))).toEqual({ rules: { typo: 'off' }, ignoreWords: ['张三'] });
  });

  it.each([
    ['bad JSON', '{ "rules": ', /不是有效的 JSON \(invalid JSON\)/],
    ['an unknown rule', '{"rules": {"no-such-rule": "off"}}', /no-such-rule/],
    ['a bad severity', '{"rules": {"typo": "loud"}}', /loud/],
    ['an unknown key', '{"rulez": {}}', /rulez/],
    ['a bad override', '{"overrides": [{"rules": {"typo": "off"}}]}', /overrides\[0\]\.files/],
  ])('names the file for %s', (_name, content, problem) => {
    const dir = tree({ [RC_FILE_NAME]: content });
    const rc = path.join(dir, RC_FILE_NAME);
    const e = configError(() => readRcFile(rc));
    expect(e.message).toContain(rc);
    expect(e.message).toMatch(problem);
  });

  it('names the file when it cannot be read', () => {
    const e = configError(() => readRcFile('/nonexistent/dir/.speechcheckrc.json'));
    expect(e.message).toContain('/nonexistent/dir/.speechcheckrc.json');
  });
});

describe('overrides', () => {
  const config = {
    rules: { typo: 'off' as const },
    overrides: [
      { files: ['*.md'], rules: { 'cjk-space': 'off' as const } },
      { files: ['drafts/2024/**'], ignoreWords: ['某某村'] },
    ],
  };

  it('match globs relative to the rc folder; a glob without a slash matches at any depth', () => {
    const rc = '/proj/.speechcheckrc.json';
    expect(overridesFor(config, rc, '/proj/notes/a.md')).toEqual([{ rules: { 'cjk-space': 'off' } }]);
    expect(overridesFor(config, rc, '/proj/drafts/2024/q1/a.txt')).toEqual([{ ignoreWords: ['某某村'] }]);
    expect(overridesFor(config, rc, '/proj/drafts/2023/a.txt')).toEqual([]);
    expect(overridesFor(config, rc, '/other/drafts/2024/a.txt')).toEqual([]);
  });

  it('configLayersFor gives the base settings, then the matching overrides', () => {
    const dir = tree({ [RC_FILE_NAME]: JSON.stringify(config), 'drafts/2024/a.md': '' });
    const layers = configLayersFor(path.join(dir, 'drafts/2024/a.md'));
    expect(layers.rcPath).toBe(path.join(dir, RC_FILE_NAME));
    expect(layers.layers).toEqual([{ rules: { typo: 'off' } }, { rules: { 'cjk-space': 'off' } }, { ignoreWords: ['某某村'] }]);
  });
});
