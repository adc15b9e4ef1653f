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

/** One CSV record: its fields, the line it starts on (1-based) and its text. */
export interface CsvRecord {
  fields: string[];
  line: number;
  text: string;
}

/**
 * The records of a CSV text: commas (or semicolons, or tabs) separate fields, double quotes
 * enclose them ("" is a quote), and a quoted field may span lines, as an HR system's export of a
 * multi-line address does. Each record keeps the line it starts on, for reporting.
 */
export function csvRecords(text: string): CsvRecord[] {
  const out: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let recordStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i === text.length || (!quoted && (c === '\n' || c === '\r'))) {
      fields.push(field.trim());
      out.push({ fields, line: recordLine, text: text.slice(recordStart, i) });
      fields = [];
      field = '';
      if (c === '\r' && text[i + 1] === '\n') i++;
      recordLine = ++line;
      recordStart = i + 1;
      continue;
    }
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++; // a line break inside quotes
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === ';' || c === '\t') {
      fields.push(field.trim());
      field = '';
    } else field += c;
  }
  return out;
}

/**
 * Reads email addresses from CSV or pasted text. With a header row naming an "email" column,
 * each following record gives the address in that column (quoted fields may span lines);
 * otherwise every comma-, semicolon- or space-separated item of each line is an address. Blank
 * lines are skipped; anything else that is not an address is reported with its line number.
 */
export function parseEmails(text: string): ParsedEmails {
  text = text.replace(/^\uFEFF/, '');
  const lines = text.split(/\r\n|\r|\n/);
  const firstIndex = lines.findIndex((l) => l.trim() !== '');
  const column = firstIndex < 0 ? -1 : csvRecords(lines[firstIndex]!)[0]!.fields.findIndex((f) => HEADER_NAMES.has(f.toLowerCase()));
  const header = column >= 0;
  // Items of each record (a CSV row, or a line of a pasted list) with where it starts.
  const records = header
    ? csvRecords(text)
        .filter((r) => r.line > firstIndex + 1 && r.text.trim() !== '')
        .map((r) => ({ line: r.line, text: r.text.trim(), items: [r.fields[column] ?? ''] }))
    : lines
        .map((l, i) => ({ line: i + 1, text: l.trim(), items: l.split(/[\s,;]+/).filter(Boolean) }))
        .filter((r) => r.text !== '');

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

  for (const { line, text, items } of records) {
    const bad = items.filter((item) => !isEmail(stripAngles(item)));
    // A line with one bad item among good ones still gives its good addresses.
    if (bad.length > 0 || items.length === 0) unreadable.push({ line, text });
    for (const item of items) if (isEmail(stripAngles(item))) add(stripAngles(item));
  }
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
