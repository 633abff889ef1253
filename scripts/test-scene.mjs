// `npm run test:scene <name>`: the unit tests and end-to-end specs of one scene (map, timeline,
// apron, airlift, ...): the test files whose name contains <name>, and those that carry the tag
// `@scene:<name>` (a Playwright tag, or a comment in a unit test file).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const name = process.argv[2];
if (!name || !/^[a-z][a-z0-9-]*$/.test(name)) {
  console.error(
    'Usage: npm run test:scene <name>   e.g. npm run test:scene timeline (map, apron, airlift, ...)',
  );
  process.exit(2);
}

const tag = new RegExp(`@scene:${name}\\b`);
/** The test files in `folder` (ending in `suffix`) that belong to the scene. */
function sceneFiles(folder, suffix) {
  return readdirSync(folder)
    .filter((file) => file.endsWith(suffix))
    .filter((file) => file.includes(name) || tag.test(readFileSync(join(folder, file), 'utf8')))
    .map((file) => join(folder, file));
}

const unit = sceneFiles('tests/unit', '.test.ts');
const e2e = sceneFiles('tests/e2e', '.spec.ts');
if (unit.length + e2e.length === 0) {
  console.error(
    `No test file is named after "${name}" or tagged @scene:${name} in tests/unit or tests/e2e.`,
  );
  process.exit(1);
}
console.log(`Scene "${name}": ${[...unit, ...e2e].join(', ')}`);

function run(args) {
  const result = spawnSync('npx', args, { stdio: 'inherit' });
  return result.status ?? 1;
}

if (unit.length > 0) {
  const status = run(['vitest', 'run', ...unit]);
  if (status !== 0) process.exit(status);
}
// Playwright reads each argument as a pattern over file paths: anchor it to the whole file name.
if (e2e.length > 0)
  process.exit(
    run([
      'playwright',
      'test',
      ...e2e.map((file) => `${file.replaceAll('.', '\\.')}$`),
      ...process.argv.slice(3),
    ]),
  );
