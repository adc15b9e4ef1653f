// Reading a list of email addresses for a bulk request: a CSV file exported from an HR system
// (a header row with an "email" column) or addresses pasted one per line or separated by commas.
// Everything happens in the browser, so the admin sees what was read before anything is sent.

/** At most this many people in one submission (the server refuses more with VALIDATION). */
export const MAX_PEOPLE = 1000;

/** A line that held something other than an email address. */
export interface UnreadableLine {
  /** 1-based, as an editor numbers lines. */
  line: number;
  text: string;
}

export interface ParsedEmails {
  /** Distinct addresses in the order first read, as written (trimmed). */
  emails: string[];
  unreadable: UnreadableLine[];
  /** Addresses read more than once (case-insensitively) and kept once. */
  duplicates: number;
  /** The first row was a header naming an email column. */
  header: boolean;
}

const EMAIL = /^[^\s@,;"<>]+@[^\s@,;"<>]+\.[^\s@,;"<>]+$/;
const HEADER_NAMES = new Set(['email', 'e-mail', 'email address', 'e-mail address', 'emailaddress', 'mail']);

/** Whether text looks like one email address (the server checks it again). */
export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

/** The fields of one CSV line: commas separate, double quotes enclose ("" is a quote). */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === ';' || c === '\t') {
      out.push(field.trim());
      field = '';
    } else field += c;
  }
  out.push(field.trim());
  return out;
}

/** The index of the email column when the line is a header row, else -1. */
function emailColumn(line: string): number {
  return csvFields(line).findIndex((f) => HEADER_NAMES.has(f.toLowerCase()));
}

/**
 * Reads email addresses from CSV or pasted text. With a header row naming an "email" column,
 * each following row gives the address in that column; otherwise every comma-, semicolon- or
 * space-separated item is an address. Blank lines are skipped; anything else that is not an
 * address is reported with its line number.
 */
export function parseEmails(text: string): ParsedEmails {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const firstIndex = lines.findIndex((l) => l.trim() !== '');
  const column = firstIndex < 0 ? -1 : emailColumn(lines[firstIndex]!);
  const header = column >= 0;

  const emails: string[] = [];
  const seen = new Set<string>();
  const unreadable: UnreadableLine[] = [];
  let duplicates = 0;
  const add = (email: string) => {
    const key = email.toLowerCase();
    if (seen.has(key)) duplicates++;
    else {
      seen.add(key);
      emails.push(email);
    }
  };

  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || (header && i === firstIndex)) return;
    const items = header ? [csvFields(line)[column] ?? ''] : line.split(/[\s,;]+/).filter(Boolean);
    const bad = items.filter((item) => !isEmail(stripAngles(item)));
    if (bad.length > 0 || items.length === 0) {
      unreadable.push({ line: i + 1, text: line });
      // A line with one bad item among good ones still gives its good addresses.
    }
    for (const item of items) if (isEmail(stripAngles(item))) add(stripAngles(item));
  });
  return { emails, unreadable, duplicates, header };
}

/** "<tom@acme.example>" → "tom@acme.example", as mail programs copy addresses. */
function stripAngles(item: string): string {
  const m = /^<(.*)>$/.exec(item.trim());
  return (m ? m[1]! : item).trim().replace(/^"|"$/g, '');
}

/** What the form says it read: "Read 3 addresses. 1 line could not be read." */
export function describeParsed(p: ParsedEmails): string {
  const parts = [`Read ${count(p.emails.length, 'email address', 'email addresses')}.`];
  if (p.duplicates > 0) parts.push(`${count(p.duplicates, 'repeated address was', 'repeated addresses were')} left out.`);
  if (p.unreadable.length > 0) parts.push(`${count(p.unreadable.length, 'line', 'lines')} could not be read.`);
  return parts.join(' ');
}

/** "1 line", "2 lines". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
