import { readFileSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { projectPath } from '../../../src/paths.js';
import {
  DocumentEvidenceDocument,
  DocumentsByGradeDocument,
  SourceCurrencyDocument,
  SourcesBestFirstDocument,
  TreatyTextDocument,
} from '../../generated/operations.js';
import { startTestServer, type TestServer } from '../../support/server.js';

interface SeedDocument {
  id: string;
  kind: string;
  grade: string;
  checkedOn: string | null;
}
const seedDocuments = JSON.parse(readFileSync(projectPath('seeds', 'documents.json'), 'utf8')) as SeedDocument[];

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api.close();
});

async function allDocuments(minGrade: 'OFFICIAL' | 'SECONDARY' | 'COPY' | 'MACHINE' | 'UNVERIFIED' | null) {
  const page = (after: string | null) => api.exec(DocumentsByGradeDocument, { minGrade, first: 100, after });
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { data, errors }: Awaited<ReturnType<typeof page>> = await page(after);
    expect(errors).toBeUndefined();
    ids.push(...data!.documents.nodes.map((d: { id: string }) => d.id));
    if (!data!.documents.pageInfo.hasNextPage) return { ids, total: data!.documents.totalCount };
    after = data!.documents.pageInfo.endCursor ?? null;
  }
}

describe('graded sources', () => {
  it('filters documents by a minimum grade, the best grade being OFFICIAL', async () => {
    const official = await allDocuments('OFFICIAL');
    expect(official.total).toBe(seedDocuments.filter((d) => d.grade === 'OFFICIAL').length);
    expect(official.ids).toContain('doc:unodc-press-release-adoption');
    const atLeastCopy = await allDocuments('COPY');
    expect(atLeastCopy.total).toBe(seedDocuments.filter((d) => ['OFFICIAL', 'SECONDARY', 'COPY'].includes(d.grade)).length);
    expect(atLeastCopy.ids).not.toContain('doc:fooshya-unis-cp-1184-copy');
    expect((await allDocuments(null)).total).toBeGreaterThanOrEqual(seedDocuments.length);
  });

  it('gives the press release its address, date, grade, reason and publisher organization', async () => {
    const { data } = await api.exec(DocumentEvidenceDocument, { id: 'doc:unodc-press-release-adoption' });
    expect(data!.node).toMatchObject({
      grade: 'OFFICIAL',
      url: 'https://unodc.org/unodc/en/press/releases/2024/December/un-general-assembly-adopts-landmark-convention-on-cybercrime.html',
      publishedOn: { value: '2024-12-24', precision: 'DAY' },
      publisherOrganization: { id: 'org:unodc' },
      original: null,
    });
  });

  it('points a copy at its original', async () => {
    const { data } = await api.exec(DocumentEvidenceDocument, { id: 'doc:fooshya-unis-cp-1184-copy' });
    expect(data!.node).toMatchObject({
      grade: 'MACHINE',
      original: { id: 'doc:unodc-press-release-adoption', grade: 'OFFICIAL' },
      originalUrl: 'https://unis.unvienna.org/unis/pressrels/2024/uniscp1184.html',
      originalUrlStatus: 'CONFIRMED',
    });
  });

  it("orders a fact's sources best first on request", async () => {
    const { data, errors } = await api.exec(SourcesBestFirstDocument, { id: 'action:uncc:dza:signature' });
    expect(errors).toBeUndefined();
    const node = data!.node as { byId: { id: string; grade: string | null }[]; best: { id: string; grade: string | null }[] };
    expect(node.byId.map((d) => d.id)).toEqual([...node.byId.map((d) => d.id)].sort());
    const rank = (grade: string | null) => ['OFFICIAL', 'SECONDARY', 'COPY', 'MACHINE', 'UNVERIFIED'].indexOf(grade ?? '');
    const ranks = node.best.map((d) => rank(d.grade));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(node.best[0]!.grade).toBe('OFFICIAL');
    expect(new Set(node.best.map((d) => d.id))).toEqual(new Set(node.byId.map((d) => d.id)));
  });
});

describe("the Convention's text and how current the data is", () => {
  it('cites the text for the entry-into-force rule and the signature periods', async () => {
    const { data, errors } = await api.exec(TreatyTextDocument, { id: 'treaty:un-cybercrime-convention' });
    expect(errors).toBeUndefined();
    const treaty = data!.treaty;
    expect(treaty.textDocument).toMatchObject({
      id: 'doc:uncc-text',
      kind: 'TREATY_TEXT',
      symbol: 'A/RES/79/243, annex',
      grade: 'OFFICIAL',
    });
    expect(treaty.textDocument!.url).toBe('https://undocs.org/A/RES/79/243');
    expect(treaty.entryIntoForceRule!.sources.map((d) => d.id)).toContain('doc:uncc-text');
    expect(treaty.signaturePeriods.map((p) => p.sources.map((d) => d.id).includes('doc:uncc-text'))).toEqual([true, true]);
    expect(treaty.statusCheckedOn?.value).toBe('2026-12-01');
  });

  it('tells, per kind of source, how many documents there are and when one was last checked', async () => {
    const { data, errors } = await api.exec(SourceCurrencyDocument, {});
    expect(errors).toBeUndefined();
    const byKind = new Map(data!.sourceCurrency.map((row) => [row.kind, row]));
    const status = seedDocuments.filter((d) => d.kind === 'TREATY_STATUS');
    // Other tests add documents of their own meanwhile: the seeded ones are a floor.
    expect(byKind.get('TREATY_STATUS')!.documents).toBeGreaterThanOrEqual(status.length);
    expect(byKind.get('TREATY_STATUS')!.lastCheckedOn).toEqual({ value: '2026-12-01', precision: 'DAY' });
    const resolutions = seedDocuments.filter((d) => d.kind === 'RESOLUTION');
    expect(byKind.get('RESOLUTION')!.documents).toBeGreaterThanOrEqual(resolutions.length);
    expect(byKind.get('RESOLUTION')!.lastCheckedOn).toBeNull();
  });
});
