import DataLoader from 'dataloader';
import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root, type ClassType } from 'type-graphql';

import { listByName } from '../common/list.cypher.js';
import { Connection, PageArgs, pageRequest, toConnection, toPage, type ConnectionShape } from '../common/pagination.js';
import { Fact } from '../common/node.type.js';
import type { Context } from '../context.js';
import { AS_RECORDED_DESCRIPTION, asRecordedIn, recordedProps } from '../release/as-recorded.js';
import { toEntity } from '../entities.js';
import { findCiting } from './document.cypher.js';
import { Document } from './document.type.js';
import { DocumentKind, gradesAtLeast, SourceGrade } from '../../model/document.js';
import { Organization } from '../organization/organization.type.js';

export const DocumentConnection = Connection(Document, 'Document');
// Fact is an interface type: abstract, so not a ClassType to TypeScript, but a type GraphQL lists can hold.
export const CitingFactConnection = Connection(Fact as unknown as ClassType<Fact>, 'CitingFact');

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => DocumentConnection, { description: 'The evidence: documents by title; optionally of one kind or publisher.' })
  async documents(
    @Arg('kind', () => DocumentKind, { nullable: true, description: 'Only documents of this kind.' }) kind: DocumentKind | null,
    @Arg('publisher', () => String, { nullable: true, description: 'Only documents whose publisher contains this, ignoring case.' })
    publisher: string | null,
    @Arg('minGrade', () => SourceGrade, {
      nullable: true,
      description: 'Only documents graded at least this well (OFFICIAL is the best); ungraded documents are left out.',
    })
    minGrade: SourceGrade | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('asRecordedIn', () => Int, { nullable: true, description: AS_RECORDED_DESCRIPTION }) asRecorded: number | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Document>> {
    const request = pageRequest(page, 2);
    const recorded = await asRecordedIn(ctx, asRecorded);
    const { total, rows } = await listByName(
      ctx.db,
      {
        label: 'Document',
        where:
          '($kind IS NULL OR n.kind = $kind) AND ($publisher IS NULL OR toLower(coalesce(n.publisher, "")) CONTAINS toLower($publisher))' +
          (minGrade ? ' AND n.grade IN $grades' : ''),
        // An argument left out arrives as undefined, not null.
        params: { kind, publisher, grades: minGrade ? gradesAtLeast(minGrade) : null },
        recorded,
      },
      request,
    );
    const documents = rows.map((row) => Document.fromProps(recordedProps(row.props, recorded)));
    return toConnection(toPage(documents, total, request, (d) => [d.name, d.id]));
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organization in the graph that published the document, where there is one.',
  })
  async publisherOrganization(@Root() document: Document, @Ctx() ctx: Context): Promise<Organization | null> {
    if (document.publisherOrganizationId === null) return null;
    const found = await ctx.loaders.entity.load(document.publisherOrganizationId);
    return found instanceof Organization ? found : null;
  }

  @FieldResolver(() => Document, {
    nullable: true,
    description: 'For a copy: the document in the graph it reproduces, where the graph holds it.',
  })
  async original(@Root() document: Document, @Ctx() ctx: Context): Promise<Document | null> {
    if (document.originalId === null) return null;
    const found = await ctx.loaders.entity.load(document.originalId);
    return found instanceof Document ? found : null;
  }

  @FieldResolver(() => CitingFactConnection, {
    description: 'The facts that cite this document as evidence, by id (so grouped by kind); retracted ones left out.',
  })
  async citedBy(@Root() document: Document, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<ConnectionShape<Fact>> {
    const request = pageRequest(page, 1);
    // One loader per page shape, so every document of a list shares one round trip.
    const loader = ctx.loaders.keyed(
      `citedBy:${request.first}:${page.after ?? ''}`,
      () =>
        new DataLoader<string, ConnectionShape<Fact>>(async (ids) => {
          const pages = new Map((await findCiting(ctx.db, ids, request)).map((p) => [p.id, p]));
          return ids.map((id) => {
            const found = pages.get(id);
            const facts = (found?.rows ?? []).map((row) => toEntity(row.labels, row.props) as Fact);
            return toConnection(toPage(facts, found?.total ?? 0, request, (f) => [f.id]));
          });
        }),
    );
    return loader.load(document.id);
  }
}
