// The employees an admin has ticked in the directory, carried to the bulk-request page. Kept in
// sessionStorage (this tab only, gone when it closes) so a reload or Back keeps the choice.

export interface SelectedEmployee {
  id: string;
  name: string;
  email: string;
}

const KEY = 'portal.selectedEmployees';

export function loadSelection(): SelectedEmployee[] {
  try {
    const raw = typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter(isSelected) : [];
  } catch {
    return [];
  }
}

export function saveSelection(people: readonly SelectedEmployee[]): void {
  try {
    if (people.length === 0) sessionStorage.removeItem(KEY);
    else sessionStorage.setItem(KEY, JSON.stringify(people));
  } catch {
    // Storage full or disabled: the selection lasts as long as the page.
  }
}

function isSelected(x: unknown): x is SelectedEmployee {
  const o = x as Partial<SelectedEmployee> | null;
  return !!o && typeof o.id === 'string' && typeof o.name === 'string' && typeof o.email === 'string';
}

/** Ticks or unticks people, keeping the order in which they were first ticked. */
export function toggleAll(
  current: readonly SelectedEmployee[],
  people: readonly SelectedEmployee[],
  on: boolean,
): SelectedEmployee[] {
  const ids = new Set(people.map((p) => p.id));
  if (!on) return current.filter((p) => !ids.has(p.id));
  const have = new Set(current.map((p) => p.id));
  return [...current, ...people.filter((p) => !have.has(p.id))];
}
