import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';

import type { DocumentRecord } from '../../ingest/records.js';
import type { Context } from '../context.js';
import { documentRecord, factRecordFields, patched, writeFact } from '../write/write.service.js';
import { CreateDocumentInput, UpdateDocumentInput } from './document.input.js';
import { Document } from './document.type.js';

const FIELDS = ['kind', 'title', 'symbol', 'url', 'publisher', 'publishedOn'] as const;

/** A document never cites itself. */
const othersThan = (id: string, sourceIds: string[]): string[] => sourceIds.filter((source) => source !== id);

@Authorized()
@Resolver()
export class DocumentMutation {
  @Mutation(() => Document, { description: 'Adds a document, the evidence other facts cite; repeating the same input changes nothing.' })
  createDocument(
    @Arg('input', () => CreateDocumentInput, { description: 'The document.' }) input: CreateDocumentInput,
    @Ctx() ctx: Context,
  ): Promise<Document> {
    const record = documentRecord(input);
    return writeFact(ctx, {
      id: record.id,
      label: 'Document',
      mode: 'create',
      sources: input.sources,
      references: [],
      build: (_existing, sourceIds) => ({ documents: [{ ...record, sources: othersThan(record.id, sourceIds) }] }),
    }) as Promise<Document>;
  }

  @Mutation(() => Document, { description: 'Changes a document; fields left out keep their values.' })
  updateDocument(
    @Arg('input', () => UpdateDocumentInput, { description: 'The changes.' }) input: UpdateDocumentInput,
    @Ctx() ctx: Context,
  ): Promise<Document> {
    return writeFact(ctx, {
      id: input.id,
      label: 'Document',
      mode: 'update',
      sources: input.sources,
      references: [],
      build: (existing, sourceIds) => ({
        documents: [
          {
            ...factRecordFields(input.id, input, existing, othersThan(input.id, sourceIds)),
            ...patched(existing, input, FIELDS),
          } as DocumentRecord,
        ],
      }),
    }) as Promise<Document>;
  }
}
