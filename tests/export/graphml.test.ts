import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

import { escapeXml, graphml } from '../../src/export/graphml.js';

describe('GraphML', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`a < b & "c" > 'd'`)).toBe('a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;');
    expect(escapeXml('bell\u0007 tab\t nl\n')).toBe('bell tab\t nl\n');
    expect(escapeXml('lone \uD800 surrogate, emoji 😀')).toBe('lone  surrogate, emoji 😀');
  });

  it('writes nodes and edges with declared keys, and hostile text parses back intact', () => {
    const text = Array.from(
      graphml(
        [
          {
            id: 'person:x',
            labels: ['Entity', 'Person'],
            props: { name: 'O\'Brien <script>&amp;</script> "quoted"', sourceIds: ['doc:a', 'doc:b'] },
          },
          { id: 'org:y', labels: ['Entity', 'Organization'], props: { name: 'Y & Co', kind: 'NGO' } },
        ],
        [{ from: 'person:x', type: 'HELD', to: 'org:y', props: { sourceIds: ['doc:a'] } }],
      ),
    ).join('');
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(text);
    const graph = parsed.graphml.graph;
    expect(parsed.graphml.key.map((k: { id: string }) => k.id)).toContain('e_sources');
    expect(graph.node).toHaveLength(2);
    const person = graph.node[0].data as { key: string; '#text': string }[];
    expect(person.find((d) => d.key === 'n_name')?.['#text']).toBe('O\'Brien <script>&amp;</script> "quoted"');
    expect(graph.edge).toMatchObject({ source: 'person:x', target: 'org:y' });
  });
});
