import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { Fact } from '../common/node.type.js';
import { PartialDate } from '../common/partial-date.type.js';
import { factFields } from '../common/fact-fields.js';
import { FACT_KEYS, type StoredKeys } from '../common/projection.js';
import { strOrNull, str, type Props } from '../../db/values.js';
import { DocumentKind, OriginalUrlStatus, SourceGrade } from '../../model/document.js';

registerEnumType(DocumentKind, { name: 'DocumentKind', description: 'What sort of document a source is.' });
registerEnumType(SourceGrade, {
  name: 'SourceGrade',
  description: 'How far a document can be relied on, best first: a reviewed decision recorded with a reason, never guessed from its URL.',
  valuesConfig: {
    OFFICIAL: { description: 'Published by the issuing body itself: a UN body, the depositary, a government.' },
    SECONDARY: { description: 'An independent report: a news agency, a newspaper, an NGO, scholarship.' },
    COPY: { description: 'A mirror, repost, proxy or scrape of another document (see `original`, `originalUrl`).' },
    MACHINE: { description: 'Machine-written or auto-generated: a content farm, an AI digest. Leads only.' },
    UNVERIFIED: { description: 'Its origin or its claims could not be confirmed.' },
  },
});
registerEnumType(OriginalUrlStatus, { name: 'OriginalUrlStatus', description: "How sure the research is of a copy's original address." });

@ObjectType({
  implements: Fact,
  simpleResolvers: true,
  description: 'The evidence: a press release, a resolution, the treaty text, a depositary notification, an article.',
})
export class Document extends Fact {
  @Field(() => DocumentKind, { description: 'What sort of document this is.' })
  kind!: DocumentKind;

  @Field({ description: 'Title as published.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'UN document symbol, e.g. A/RES/79/243 or C.N.196.2025.TREATIES-XVIII.16.' })
  symbol!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the document can be read.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'Who published it.' })
  publisher!: string | null;

  @Field(() => PartialDate, { nullable: true, description: 'When it was published, as precisely as known.' })
  publishedOn!: PartialDate | null;

  @Field(() => SourceGrade, { nullable: true, description: 'The reviewed reliability grade; null for a document nobody has graded yet.' })
  grade!: SourceGrade | null;

  @Field(() => String, { nullable: true, description: 'Why the document has its grade, in one sentence.' })
  gradeReason!: string | null;

  /** Resolved to an Organization by DocumentFieldsResolver. */
  publisherOrganizationId!: string | null;

  /** Resolved to a Document by DocumentFieldsResolver. */
  originalId!: string | null;

  @Field(() => String, { nullable: true, description: 'For a copy: where its original lives (see `originalUrlStatus`).' })
  originalUrl!: string | null;

  @Field(() => OriginalUrlStatus, { nullable: true, description: 'How sure the research is of originalUrl.' })
  originalUrlStatus!: OriginalUrlStatus | null;

  @Field(() => PartialDate, { nullable: true, description: 'The last day a research pass read or searched this document.' })
  checkedOn!: PartialDate | null;

  /** The stored keys each field reads, for lists that read only what is selected (see projection.ts). */
  static readonly stored: StoredKeys = {
    ...FACT_KEYS,
    kind: ['kind'],
    title: ['title'],
    symbol: ['symbol'],
    url: ['url'],
    publisher: ['publisher'],
    publishedOn: ['publishedOn'],
    grade: ['grade'],
    gradeReason: ['gradeReason'],
    publisherOrganization: ['publisherOrganization'],
    original: ['original'],
    originalUrl: ['originalUrl'],
    originalUrlStatus: ['originalUrlStatus'],
    checkedOn: ['checkedOn'],
    citedBy: [],
  };

  static fromProps(props: Props): Document {
    return Object.assign(new Document(), factFields(props), {
      kind: (strOrNull(props, 'kind') ?? 'OTHER') as DocumentKind,
      title: str(props, 'title'),
      symbol: strOrNull(props, 'symbol'),
      url: strOrNull(props, 'url'),
      publisher: strOrNull(props, 'publisher'),
      publishedOn: PartialDate.from(props.publishedOn),
      grade: strOrNull(props, 'grade') as SourceGrade | null,
      gradeReason: strOrNull(props, 'gradeReason'),
      publisherOrganizationId: strOrNull(props, 'publisherOrganization'),
      originalId: strOrNull(props, 'original'),
      originalUrl: strOrNull(props, 'originalUrl'),
      originalUrlStatus: strOrNull(props, 'originalUrlStatus') as OriginalUrlStatus | null,
      checkedOn: PartialDate.from(props.checkedOn),
    });
  }
}
