import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { ImportCsvWriter, emptyListMarker } from '../../src/ingest/import-csv.js';
import { dateProps } from '../../src/ingest/plan.js';

const dirs: string[] = [];
const writer = (): ImportCsvWriter => {
  const dir = mkdtempSync(path.join(tmpdir(), 'treaty-graph-csv-'));
  dirs.push(dir);
  return new ImportCsvWriter(dir);
};
const lines = (file: string): string[] => readFileSync(file, 'utf8').trimEnd().split('\n');

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('typed CSV for the offline importer', () => {
  it('types each column by its values, labels every node an Entity, and quotes text', () => {
    const csv = writer();
    csv.write({
      nodes: [
        {
          label: 'Document',
          id: 'doc:synthetic-a',
          props: {
            name: 'A "quoted", text',
            pages: 3,
            draft: false,
            sourceIds: ['x', 'y'],
            missing: null,
            ...dateProps('publishedOn', '2025'),
          },
        },
      ],
      rels: [{ from: 'doc:synthetic-a', type: 'CITES', to: 'doc:synthetic-a', props: { sourceIds: ['x'] } }],
    });
    const [header, row] = lines(csv.files.nodes[0]!);
    expect(header).toBe(
      'id:ID,:LABEL,name:string,pages:double,draft:boolean,sourceIds:string[],publishedOn:string,publishedOnFirst:date,publishedOnLast:date',
    );
    expect(row).toBe('"doc:synthetic-a",Entity\u001fDocument,"A ""quoted"", text",3,false,"x\u001fy","2025",2025-01-01,2025-12-31');
    expect(lines(csv.files.relationships[0]!)).toEqual([
      ':START_ID,:END_ID,:TYPE,sourceIds:string[]',
      '"doc:synthetic-a","doc:synthetic-a",CITES,"x"',
    ]);
    expect(csv.leftovers.nodes).toEqual([]);
  });

  it('marks empty lists in their own column and leaves over what no cell can carry', () => {
    const csv = writer();
    csv.write({
      nodes: [
        { label: 'Person', id: 'person:synthetic-a', props: { name: 'Two\nlines', aliases: [] } },
        { label: 'Person', id: 'person:synthetic-b', props: { name: 'B', aliases: ['', 'b'] } },
      ],
      rels: [],
    });
    const [header, a, b] = lines(csv.files.nodes[0]!);
    expect(header).toBe(`id:ID,:LABEL,name:string,${emptyListMarker('aliases')}:boolean`);
    expect(a).toBe('"person:synthetic-a",Entity\u001fPerson,,true');
    expect(b).toBe('"person:synthetic-b",Entity\u001fPerson,"B",');
    expect(csv.leftovers.nodes).toEqual([
      { id: 'person:synthetic-a', props: { name: 'Two\nlines' } },
      { id: 'person:synthetic-b', props: { aliases: ['', 'b'] } },
    ]);
    expect([...csv.leftovers.emptyLists.nodes]).toEqual(['aliases']);
  });

  it("writes a part's nodes of every label to one file, each row with its own label", () => {
    const csv = writer();
    csv.write({
      nodes: [
        { label: 'Person', id: 'person:synthetic-a', props: { name: 'A', aliases: ['a'] } },
        { label: 'Document', id: 'doc:synthetic-a', props: { name: 'D', url: 'https://example.org/synthetic' } },
      ],
      rels: [
        { from: 'person:synthetic-a', type: 'CITES', to: 'doc:synthetic-a', props: {} },
        { from: 'doc:synthetic-a', type: 'ABOUT', to: 'person:synthetic-a', props: { note: 'n' } },
      ],
    });
    expect(csv.files.nodes).toHaveLength(1);
    expect(lines(csv.files.nodes[0]!)).toEqual([
      'id:ID,:LABEL,name:string,aliases:string[],url:string',
      '"person:synthetic-a",Entity\u001fPerson,"A","a",',
      '"doc:synthetic-a",Entity\u001fDocument,"D",,"https://example.org/synthetic"',
    ]);
    expect(lines(csv.files.relationships[0]!)).toEqual([
      ':START_ID,:END_ID,:TYPE,note:string',
      '"person:synthetic-a","doc:synthetic-a",CITES,',
      '"doc:synthetic-a","person:synthetic-a",ABOUT,"n"',
    ]);
  });

  it('writes each part with its own headers, and refuses an id planned twice across parts', () => {
    const csv = writer();
    csv.write({ nodes: [{ label: 'Person', id: 'person:synthetic-a', props: { name: 'A' } }], rels: [] });
    csv.write({ nodes: [{ label: 'Person', id: 'person:synthetic-b', props: { note: 'only here' } }], rels: [] });
    expect(csv.files.nodes.map((file) => lines(file)[0])).toEqual(['id:ID,:LABEL,name:string', 'id:ID,:LABEL,note:string']);
    expect(() => csv.write({ nodes: [{ label: 'Person', id: 'person:synthetic-a', props: {} }], rels: [] })).toThrow(/planned twice/);
  });
});
