import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm test`: type check, lint, unit, integration (real PostgreSQL), production build, browser tests.
 * Every step runs even if an earlier one failed (the browser tests need the build), and the
 * last line is `tests: N passed, M failed` with the totals of all test runners.
 */
const RESULTS = '.data/test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

type Step = { name: string; cmd: string[]; env?: Record<string, string>; report?: string; kind: 'check' | 'vitest' | 'playwright' };

const node = process.execPath;
const steps: Step[] = [
  { name: 'typecheck', cmd: [node, 'node_modules/typescript/bin/tsc', '--noEmit'], kind: 'check' },
  { name: 'lint', cmd: [node, 'node_modules/eslint/bin/eslint.js', '.'], kind: 'check' },
  { name: 'unit', cmd: [node, 'node_modules/vitest/vitest.mjs', 'run', '--project', 'unit', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/unit.json`], report: `${RESULTS}/unit.json`, kind: 'vitest' },
  { name: 'integration', cmd: [node, 'node_modules/vitest/vitest.mjs', 'run', '--project', 'integration', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/integration.json`], report: `${RESULTS}/integration.json`, kind: 'vitest' },
  { name: 'build', cmd: [node, 'node_modules/next/dist/bin/next', 'build'], env: { NEXT_TELEMETRY_DISABLED: '1' }, kind: 'check' },
  { name: 'e2e', cmd: [node, '--import', 'tsx', 'lib/cli/e2e.ts'], env: { PLAYWRIGHT_JSON_OUTPUT_NAME: path.resolve(`${RESULTS}/e2e.json`) }, report: `${RESULTS}/e2e.json`, kind: 'playwright' },
];

function run(step: Step): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(step.cmd[0]!, step.cmd.slice(1), { stdio: 'inherit', env: { ...process.env, ...step.env } });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

function countVitest(file: string): { passed: number; failed: number } | null {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests };
}

function countPlaywright(file: string): { passed: number; failed: number } | null {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number } };
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected };
}

let passed = 0;
let failed = 0;
const summary: string[] = [];
for (const step of steps) {
  if (step.name === 'e2e' && summary.some((s) => s.startsWith('build: FAILED'))) {
    summary.push('e2e: skipped (no build)');
    failed++;
    continue;
  }
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const code = await run(step);
  const seconds = Math.round((Date.now() - started) / 1000);
  const counts = step.kind === 'vitest' ? countVitest(step.report!) : step.kind === 'playwright' ? countPlaywright(step.report!) : null;
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
    // A runner that failed without failing a test (crash, setup error) still counts as a failure.
    if (code !== 0 && counts.failed === 0) failed++;
  } else if (step.kind !== 'check') {
    failed++;
  } else if (code !== 0) {
    failed++;
  }
  summary.push(`${step.name}: ${code === 0 ? 'ok' : 'FAILED'}${counts ? ` (${counts.passed} passed, ${counts.failed} failed)` : ''} in ${seconds}s`);
}

console.log(`\n${summary.join('\n')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
