import type { BulkOutcome, SubmitRequestsMutation } from '../gql/graphql';
import { count } from './csv';

// What the admin reads after a bulk submission: one row per person and a summary sentence,
// announced when the report appears.

export type BulkSubmission = SubmitRequestsMutation['submitRequests'];
export type BulkRow = BulkSubmission['rows'][number];

// A Record so that a new outcome fails the typecheck until it has a label.
const OUTCOME_LABELS: Record<BulkOutcome, string> = {
  CREATED: 'Request made',
  DUPLICATE: 'Already open',
  NOT_IN_ORGANISATION: 'Not in your organisation',
  INVALID: 'Not usable',
};

export function outcomeLabel(outcome: BulkOutcome): string {
  return OUTCOME_LABELS[outcome];
}

/** Good news in green, refusals as a warning; always with the label's text, never colour alone. */
export function outcomeTone(outcome: BulkOutcome): 'done' | 'warn' {
  return outcome === 'CREATED' ? 'done' : 'warn';
}

export type OutcomeCounts = Record<BulkOutcome, number>;

export function countOutcomes(rows: readonly Pick<BulkRow, 'outcome'>[]): OutcomeCounts {
  const counts: OutcomeCounts = { CREATED: 0, DUPLICATE: 0, NOT_IN_ORGANISATION: 0, INVALID: 0 };
  for (const r of rows) counts[r.outcome]++;
  return counts;
}

/**
 * The summary sentence: "2 requests made, 1 refused: 1 already open." The refusals are
 * broken down in the table's order of outcomes.
 */
export function summariseReport(rows: readonly Pick<BulkRow, 'outcome'>[]): string {
  const c = countOutcomes(rows);
  const refused = rows.length - c.CREATED;
  const made = `${count(c.CREATED, 'request', 'requests')} made`;
  if (refused === 0) return `${made}.`;
  const reasons = [
    c.DUPLICATE > 0 && `${c.DUPLICATE} already open`,
    c.NOT_IN_ORGANISATION > 0 && `${c.NOT_IN_ORGANISATION} not in your organisation`,
    c.INVALID > 0 && `${c.INVALID} not usable`,
  ].filter(Boolean);
  return `${made}, ${refused} refused: ${reasons.join(', ')}.`;
}

/** Whom a row is about: the selected employee's name, else the email as given, else its ID. */
export function rowPerson(row: Pick<BulkRow, 'subjectID' | 'email'>, names: ReadonlyMap<string, string>): string {
  if (row.subjectID && names.has(row.subjectID)) return names.get(row.subjectID)!;
  return row.email ?? row.subjectID ?? 'Unknown';
}
