import { describe, expect, it } from 'vitest';
import { csvRecords, describeParsed, parseEmails } from './csv';

describe('parseEmails', () => {
  it('reads one address per line, skipping blank lines', () => {
    const p = parseEmails('tom.baker@acme.example\n\n  liam.murphy@acme.example  \n');
    expect(p).toEqual({ emails: ['tom.baker@acme.example', 'liam.murphy@acme.example'], unreadable: [], duplicates: 0, header: false });
  });

  it('reads comma-, semicolon- and space-separated addresses on one line', () => {
    expect(parseEmails('a@x.example, b@x.example; c@x.example d@x.example').emails).toEqual([
      'a@x.example',
      'b@x.example',
      'c@x.example',
      'd@x.example',
    ]);
  });

  it('uses the email column of a CSV with a header row, whatever its position and case', () => {
    const csv = '\uFEFFName,Department,E-mail\r\n"Baker, Tom",Sales,tom.baker@acme.example\r\nLiam Murphy,Ops,liam.murphy@acme.example\r\n';
    const p = parseEmails(csv);
    expect(p.header).toBe(true);
    expect(p.emails).toEqual(['tom.baker@acme.example', 'liam.murphy@acme.example']);
    expect(p.unreadable).toEqual([]);
  });

  it('reports rows of a CSV whose email cell is empty or not an address, with their line numbers', () => {
    const p = parseEmails('email,name\ntom@acme.example,Tom\n,Nobody\nnot-an-address,Bad\n');
    expect(p.emails).toEqual(['tom@acme.example']);
    expect(p.unreadable).toEqual([
      { line: 3, text: ',Nobody' },
      { line: 4, text: 'not-an-address,Bad' },
    ]);
  });

  it('reads an HR export whose quoted addresses span lines, reporting bad rows by the line they start on', () => {
    const csv = 'Name,Home address,Email\n"Tom Baker","1 High St\nLeeds\nLS1 1AA",tom@acme.example\n"Liam Murphy","2 Low Rd\nYork",nope\nNina,,nina@acme.example\n';
    const p = parseEmails(csv);
    expect(p.emails).toEqual(['tom@acme.example', 'nina@acme.example']);
    expect(p.unreadable).toEqual([{ line: 5, text: '"Liam Murphy","2 Low Rd\nYork",nope' }]);
  });

  it('reports lines that are not addresses but keeps the addresses on them', () => {
    const p = parseEmails('Tom Baker <tom@acme.example>\nhello\n');
    expect(p.emails).toEqual(['tom@acme.example']);
    expect(p.unreadable.map((u) => u.line)).toEqual([1, 2]);
  });

  it('keeps each address once, case-insensitively, and counts the repeats', () => {
    const p = parseEmails('Tom@acme.example\ntom@ACME.example\nliam@acme.example,tom@acme.example');
    expect(p.emails).toEqual(['Tom@acme.example', 'liam@acme.example']);
    expect(p.duplicates).toBe(2);
  });

  it('reads nothing from empty text', () => {
    expect(parseEmails('  \n\n')).toEqual({ emails: [], unreadable: [], duplicates: 0, header: false });
  });
});

describe('csvRecords', () => {
  it('splits on commas outside quotes and unescapes doubled quotes', () => {
    expect(csvRecords('a, "b, c" ,"say ""hi"""')).toEqual([{ fields: ['a', 'b, c', 'say "hi"'], line: 1, text: 'a, "b, c" ,"say ""hi"""' }]);
  });

  it('keeps a quoted line break inside its field, and numbers records by the line they start on', () => {
    const records = csvRecords('name,email\r\n"1 High St\r\nLeeds",a@x.example\n"x\ny\nz",b@x.example\nlast,c@x.example');
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ['name', 'email']],
      [2, ['1 High St\r\nLeeds', 'a@x.example']],
      [4, ['x\ny\nz', 'b@x.example']],
      [7, ['last', 'c@x.example']],
    ]);
  });
});

describe('describeParsed', () => {
  it('says how many addresses were read, repeated and unreadable', () => {
    expect(describeParsed(parseEmails('a@x.example'))).toBe('Read 1 email address.');
    expect(describeParsed(parseEmails('a@x.example\na@x.example\nnope\nnope either'))).toBe(
      'Read 1 email address. 1 repeated address was left out. 2 lines could not be read.',
    );
  });
});
