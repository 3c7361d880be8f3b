/** The budgets of issue 11: a page answers in 200 ms at p75, weighs at most 100 KB, and runs no more statements than on the demo data. */
export const BUDGET = { p75Ms: 200, documentBytes: 100 * 1024 } as const;

export type PageResult = {
  role: string;
  path: string;
  status: number;
  p50: number;
  p75: number;
  rpsRatio: number;
  htmlBytes: number;
  rscBytes: number;
  statements: number;
  demoStatements: number | null;
  slowPlans: string[];
};

/** What a page breaks, in words; empty when it keeps every budget. */
export function brokenBudgets(r: PageResult): string[] {
  const broken: string[] = [];
  if (r.status !== 200) broken.push(`HTTP ${r.status}`);
  if (r.p75 > BUDGET.p75Ms) broken.push(`p75 ${r.p75.toFixed(0)} ms > ${BUDGET.p75Ms}`);
  if (r.htmlBytes > BUDGET.documentBytes) broken.push(`${kb(r.htmlBytes)} > ${kb(BUDGET.documentBytes)}`);
  if (r.demoStatements !== null && r.statements > r.demoStatements) broken.push(`${r.statements} statements, ${r.demoStatements} on the demo data`);
  return broken;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

/** Prints one line per page, then the plans of slow statements; returns how many pages break a budget. */
export function printReport(results: PageResult[], slowMs: number): number {
  const width = Math.max(...results.map((r) => r.role.length + r.path.length + 1), 20);
  console.log(`\n${pad('page', width)}  ${lpad('p50', 6)} ${lpad('p75', 6)} ${lpad('rps/static', 10)} ${lpad('html', 9)} ${lpad('rsc', 9)} ${lpad('sql', 4)} ${lpad('demo', 4)}  budget`);
  let brokenPages = 0;
  for (const r of results) {
    const broken = brokenBudgets(r);
    if (broken.length) brokenPages++;
    console.log(
      `${pad(`${r.role} ${r.path}`, width)}  ${lpad(r.p50.toFixed(0), 6)} ${lpad(r.p75.toFixed(0), 6)} ${lpad(r.rpsRatio.toFixed(3), 10)} ${lpad(kb(r.htmlBytes), 9)} ${lpad(kb(r.rscBytes), 9)} ${lpad(String(r.statements), 4)} ${lpad(String(r.demoStatements ?? '-'), 4)}  ${broken.length ? `BROKEN: ${broken.join('; ')}` : 'ok'}`,
    );
  }
  const slow = results.filter((r) => r.slowPlans.length);
  if (slow.length) console.log(`\nStatements over ${slowMs} ms, with their plans (EXPLAIN ANALYZE, BUFFERS):`);
  for (const r of slow) {
    console.log(`\n=== ${r.role} ${r.path}`);
    for (const plan of r.slowPlans.slice(0, 5)) console.log(plan.trim());
  }
  console.log(`\n${results.length} pages, ${brokenPages} over budget (p75 ≤ ${BUDGET.p75Ms} ms, document ≤ ${kb(BUDGET.documentBytes)}, statements not above the demo's).`);
  return brokenPages;
}
