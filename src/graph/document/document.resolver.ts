import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';

import { listByName } from '../common/list.cypher.js';
import { Connection, PageArgs, pageRequest, toConnection, toPage, type ConnectionShape } from '../common/pagination.js';
import type { Context } from '../context.js';
import { Document, DocumentKind } from './document.type.js';

export const DocumentConnection = Connection(Document, 'Document');

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => DocumentConnection, { description: 'The evidence: documents by title; optionally of one kind or publisher.' })
  async documents(
    @Arg('kind', () => DocumentKind, { nullable: true, description: 'Only documents of this kind.' }) kind: DocumentKind | null,
    @Arg('publisher', () => String, { nullable: true, description: 'Only documents whose publisher contains this, ignoring case.' })
    publisher: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Document>> {
    const request = pageRequest(page, 2);
    const { total, rows } = await listByName(
      ctx.db,
      {
        label: 'Document',
        where:
          '($kind IS NULL OR n.kind = $kind) AND ($publisher IS NULL OR toLower(coalesce(n.publisher, "")) CONTAINS toLower($publisher))',
        params: { kind, publisher },
      },
      request,
    );
    const documents = rows.map((row) => Document.fromProps(row.props));
    return toConnection(toPage(documents, total, request, (d) => [d.name, d.id]));
  }
}
