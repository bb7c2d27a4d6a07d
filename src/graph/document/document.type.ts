import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { Fact } from '../common/node.type.js';
import { PartialDate } from '../common/partial-date.type.js';
import { factFields } from '../common/fact-fields.js';
import { strOrNull, str, type Props } from '../../db/values.js';
import { DocumentKind } from '../../model/document.js';

registerEnumType(DocumentKind, { name: 'DocumentKind', description: 'What sort of document a source is.' });

@ObjectType({
  implements: Fact,
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

  static fromProps(props: Props): Document {
    return Object.assign(new Document(), factFields(props), {
      kind: (strOrNull(props, 'kind') ?? 'OTHER') as DocumentKind,
      title: str(props, 'title'),
      symbol: strOrNull(props, 'symbol'),
      url: strOrNull(props, 'url'),
      publisher: strOrNull(props, 'publisher'),
      publishedOn: PartialDate.from(props.publishedOn),
    });
  }
}
