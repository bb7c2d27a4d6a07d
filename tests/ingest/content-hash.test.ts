import { describe, expect, it } from 'vitest';

import { EMPTY_HASH, nodeDigest, relDigest, updateHash } from '../../src/ingest/content-hash.js';

const a = nodeDigest('doc:synthetic-a', ['Entity', 'Document'], { title: 'A', recordedIn: 3, sourceIds: [] });
const b = relDigest({ from: 'x:synthetic', type: 'CITES', to: 'doc:synthetic-a' }, {});

describe('the content hash', () => {
  it('does not depend on the order facts were added, nor on when or by whom they were recorded', () => {
    expect(updateHash(updateHash(EMPTY_HASH, [], [a]), [], [b])).toBe(updateHash(EMPTY_HASH, [], [b, a]));
    const restamped = nodeDigest('doc:synthetic-a', ['Document', 'Entity'], {
      title: 'A',
      recordedIn: 9,
      recordedBy: 'seed',
      sourceIds: [],
    });
    expect(restamped).toBe(a);
  });

  it('changes with content, and comes back when a change is undone', () => {
    const edited = nodeDigest('doc:synthetic-a', ['Entity', 'Document'], { title: 'A (edited)', sourceIds: [] });
    expect(edited).not.toBe(a);
    const before = updateHash(EMPTY_HASH, [], [a, b]);
    const after = updateHash(before, [a], [edited]);
    expect(after).not.toBe(before);
    expect(updateHash(after, [edited], [a])).toBe(before);
    expect(updateHash(before, [a, b], [])).toBe(EMPTY_HASH);
    expect(after).toMatch(/^[0-9a-f]{64}$/);
  });

  it('counts a retraction as content', () => {
    expect(nodeDigest('s:synthetic', ['Entity'], { retracted: true, retractedAt: 'x' })).not.toBe(
      nodeDigest('s:synthetic', ['Entity'], {}),
    );
  });
});
