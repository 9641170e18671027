import { readFileSync } from 'node:fs';

export interface PageBudget {
  /** JavaScript a page may load, in bytes as sent (gzip-compressed). */
  javascriptBytes: number;
}

/** The pages' budgets (web/budgets.json, quoted in the README). */
export function readBudgets(): { explore: PageBudget; graphiql: PageBudget } {
  return JSON.parse(readFileSync('web/budgets.json', 'utf8')) as {
    explore: PageBudget;
    graphiql: PageBudget;
  };
}
