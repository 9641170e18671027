import type { Approximation, StatementValue } from './dataset.js';

/** How each approximation reads before its number. */
const APPROXIMATION_WORDS: Record<Approximation, string> = {
  exact: '',
  about: 'about ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  'fewer-than': 'fewer than ',
  'at-most': 'at most ',
};

const NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });

/**
 * A statement's value as words, for tables and spreadsheets: "about 160 NGOs", "more than
 * 2,000,000 USD", "1999-03". Built from the typed value, never stored, so it cannot disagree with it.
 */
export function statementValueText(value: StatementValue): string {
  switch (value.type) {
    case 'count':
      return `${APPROXIMATION_WORDS[value.approximation]}${NUMBER.format(value.count)} ${value.unit}`;
    case 'quantity':
      return `${APPROXIMATION_WORDS[value.approximation]}${NUMBER.format(value.quantity)} ${value.unit}`;
    case 'amount':
      return `${APPROXIMATION_WORDS[value.approximation]}${NUMBER.format(value.amount)} ${value.currency}`;
    case 'date':
      return value.date;
    case 'condition':
      return value.condition;
  }
}
