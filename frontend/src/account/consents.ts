import type { ConsentFieldsFragment, ConsentState, PurposeFieldsFragment } from '../gql/graphql';

export type ConsentEvent = NonNullable<ConsentFieldsFragment['history']>[number];

/** One purpose the person can decide about, with their record for it (null: never decided). */
export interface ConsentItem {
  purpose: PurposeFieldsFragment;
  consent: ConsentFieldsFragment | null;
}

/**
 * The purposes the person decides about, in registry order: those that rely on
 * consent (give or withdraw), and legitimate-interest processing they may
 * object to. Each purpose is listed once, with its record if there is one.
 */
export function consentItems(
  purposes: ReadonlyArray<PurposeFieldsFragment>,
  consents: ReadonlyArray<ConsentFieldsFragment> | null | undefined,
): { consents: ConsentItem[]; objections: ConsentItem[] } {
  const byPurpose = new Map((consents ?? []).map((c) => [c.purpose.id, c]));
  const seen = new Set<string>();
  const out = { consents: [] as ConsentItem[], objections: [] as ConsentItem[] };
  for (const p of purposes) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    const item = { purpose: p, consent: byPurpose.get(p.id) ?? null };
    if (p.lawfulBasis === 'CONSENT') out.consents.push(item);
    else if (p.objectable) out.objections.push(item);
  }
  return out;
}

/** What the button of a purpose does now: the one change that makes sense from its state. */
export type ConsentChange = 'give' | 'withdraw' | 'object' | 'withdrawObjection';

export function nextChange(item: ConsentItem): ConsentChange {
  const state: ConsentState | null = item.consent?.state ?? null;
  if (item.purpose.lawfulBasis === 'CONSENT') return state === 'GIVEN' ? 'withdraw' : 'give';
  return state === 'OBJECTED' ? 'withdrawObjection' : 'object';
}

/** The button's words: what it does, and to what (for screen readers, which list buttons out of context). */
export function changeLabel(change: ConsentChange): { label: string; joiner: string } {
  switch (change) {
    case 'give':
      return { label: 'Give consent', joiner: 'for' };
    case 'withdraw':
      return { label: 'Withdraw consent', joiner: 'for' };
    case 'object':
      return { label: 'Object', joiner: 'to' };
    case 'withdrawObjection':
      return { label: 'Withdraw objection', joiner: 'to' };
  }
}

/** What the page says once a change is recorded. */
export function changeDoneMessage(change: ConsentChange, purposeName: string): string {
  switch (change) {
    case 'give':
      return `Thank you: you have given consent for “${purposeName}”. You can withdraw it here at any time.`;
    case 'withdraw':
      return `You have withdrawn your consent for “${purposeName}”. It takes effect now.`;
    case 'object':
      return `Your objection to “${purposeName}” is recorded. We stop this use of your data now.`;
    case 'withdrawObjection':
      return `You have withdrawn your objection to “${purposeName}”.`;
  }
}

/** A history newest first; events at the same moment keep the server's order, reversed. */
export function newestFirst(events: ReadonlyArray<ConsentEvent> | null | undefined): ConsentEvent[] {
  const list = [...(events ?? [])];
  const time = (e: ConsentEvent) => {
    const t = typeof e.occurredAt === 'string' ? Date.parse(e.occurredAt) : NaN;
    return Number.isNaN(t) ? 0 : t;
  };
  return list.map((e, i) => ({ e, i })).sort((a, b) => time(b.e) - time(a.e) || b.i - a.i).map((x) => x.e);
}
