// Lists source files over 400 lines and functions over 80 lines (issue #9 limits): node tools/size-report.mjs
import ts from 'typescript';
import fs from 'node:fs';
import { execSync } from 'node:child_process';
const files = execSync("git ls-files 'server/src/**/*.ts' 'client/src/**/*.ts'", { encoding: 'utf8' }).split('\n').filter(Boolean);
for (const f of files) {
  const text = fs.readFileSync(f, 'utf8');
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines > 400) console.log(`FILE ${f} ${lines}`);
  const sf = ts.createSourceFile(f, text, ts.ScriptTarget.Latest, true);
  const visit = (n) => {
    if (ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n)) {
      const a = sf.getLineAndCharacterOfPosition(n.getStart()).line, b = sf.getLineAndCharacterOfPosition(n.getEnd()).line;
      if (b - a + 1 > 80) console.log(`FN ${f}:${a + 1} ${(n.name && n.name.getText()) || '(anon)'} ${b - a + 1}`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}
