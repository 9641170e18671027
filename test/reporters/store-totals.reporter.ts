import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

import type { Reporter, TestModule } from 'vitest/node';

export interface ProjectTotals {
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * Writes the run's totals per project (`kuzu`, `neo4j`) to a JSON file, which .ci/run turns into
 * its closing line and checks: vitest's own JSON report does not say which project a test ran in,
 * and the Neo4j project must show that it ran with nothing skipped.
 */
export default class StoreTotalsReporter implements Reporter {
  private readonly outputFile: string;

  constructor(options: { outputFile?: string } = {}) {
    this.outputFile = options.outputFile ?? 'tmp/vitest-projects.json';
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const totals: Record<string, ProjectTotals> = {};
    for (const module of testModules) {
      const project = module.project.name || 'default';
      const t = (totals[project] ??= { passed: 0, failed: 0, skipped: 0 });
      // A file that failed to load has no tests: count it as a failure, not as nothing.
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) t.failed += 1;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') t.passed += 1;
        else if (state === 'failed') t.failed += 1;
        else t.skipped += 1;
      }
    }
    mkdirSync(dirname(this.outputFile), { recursive: true });
    writeFileSync(this.outputFile, JSON.stringify(totals, null, 2));
  }
}
