import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, eventsCsv } from '../../src/lib/csv.ts';
import { dataset } from '../helpers.ts';

const parse = (csv: string) => Papa.parse<string[]>(csv, { newline: '\n' }).data;

describe('events CSV', () => {
  it('has one row per citation, each with its article and quote', () => {
    const rows = parse(eventsCsv(dataset));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const citations = dataset.events.reduce((n, e) => n + e.citations.length, 0);
    expect(rows.length - 1).toBe(citations);
    const quote = CSV_COLUMNS.indexOf('quote');
    expect(rows.slice(1).every((r) => r[quote]!.length >= 8)).toBe(true);
  });

  it('says why an event has no place', () => {
    const rows = parse(eventsCsv(dataset));
    const row = rows.find((r) => r[0] === 'cabinet-resigns')!;
    expect(row[CSV_COLUMNS.indexOf('places')]).toBe('(nationwide)');
  });

  it('writes text that a spreadsheet would run as a formula as plain text', () => {
    const data = structuredClone(dataset);
    data.events[0]!.summary = '=HYPERLINK("http://example.com","x")';
    data.events[1]!.summary = '+1+1';
    data.events[2]!.summary = '@SUM(A1)';
    const rows = parse(eventsCsv(data));
    const summary = CSV_COLUMNS.indexOf('summary');
    const cells = rows.slice(1).map((r) => r[summary]!);
    expect(cells).toContain(`'=HYPERLINK("http://example.com","x")`);
    expect(cells).toContain("'+1+1");
    expect(cells).toContain("'@SUM(A1)");
    expect(cells.some((c) => /^[=+@-]/.test(c))).toBe(false);
  });
});
