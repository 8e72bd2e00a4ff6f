// Part of `npm test` (`npm run test:casts`): counts type assertions (`x as T`, `<T>x`; `as const` is not one)
// in the git-tracked sources of src, tests and generated code aside, and fails when there are more than the
// limit below. Lower the limit as casts go; `node scripts/countCasts.mjs --list` shows where they are.
import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';

const LIMIT = 61;

const files = execSync("git ls-files 'src/*.ts' 'src/*.tsx'", { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && !/\.test\.tsx?$|generated|src\/test\//.test(f));
let total = 0;
const perFile = [];
for (const f of files) {
  const kind = f.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true, kind);
  let n = 0;
  const visit = (node) => {
    const isCast = ts.isAsExpression(node) || ts.isTypeAssertionExpression(node);
    const isConst =
      isCast && ts.isTypeReferenceNode(node.type) && node.type.typeName.getText(sf) === 'const';
    if (isCast && !isConst) n++;
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (n) perFile.push([f, n]);
  total += n;
}
if (process.argv.includes('--list'))
  for (const [f, n] of perFile.sort((a, b) => b[1] - a[1]))
    console.log(`${String(n).padStart(4)} ${f}`);
if (total > LIMIT) {
  console.error(
    `type casts in src: ${total}, over the limit of ${LIMIT} (node scripts/countCasts.mjs --list)`,
  );
  process.exit(1);
}
console.log(`type casts in src: ${total} (limit ${LIMIT})`);
