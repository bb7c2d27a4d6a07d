import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

import { Fact } from '../common/node.type.js';
import { PartialDate } from '../common/partial-date.type.js';
import { factFields } from '../common/fact-fields.js';
import { num, str, strList, strOrNull, type Props } from '../../db/values.js';
import { TreatyActionKind } from '../../model/treaty-action.js';
import { TreatyKind, TreatyStage } from '../../model/treaty.js';

registerEnumType(TreatyKind, { name: 'TreatyKind', description: 'A convention or a protocol supplementing one.' });

registerEnumType(TreatyStage, { name: 'TreatyStage', description: 'Whether the text is still negotiated or adopted.' });

@ObjectType({ description: 'A period and place in which a treaty is open for signature.' })
export class SignaturePeriod {
  @Field(() => PartialDate, { nullable: true, description: 'First day of signature.' })
  from!: PartialDate | null;

  @Field(() => PartialDate, { nullable: true, description: 'Last day of signature.' })
  until!: PartialDate | null;

  @Field(() => String, { nullable: true, description: 'Where signature takes place.' })
  place!: string | null;

  /** Resolved to Documents by TreatyEvidenceResolver. */
  sourceIds!: string[];
}

@ObjectType({ description: "The treaty's own rule for entry into force, kept as data so status is computed, never typed in." })
export class EntryIntoForceRule {
  @Field({ description: 'The article that states the rule, e.g. 65(1).' })
  article!: string;

  @Field(() => Int, { description: 'Instruments of consent needed (40 for the Convention against Cybercrime).' })
  instrumentsRequired!: number;

  @Field(() => [TreatyActionKind], { description: 'The kinds of instrument that count.' })
  countedKinds!: TreatyActionKind[];

  @Field(() => Int, { description: 'Entry into force falls this many days after the deposit of the last required instrument.' })
  daysAfterThreshold!: number;

  @Field({
    description:
      "Whether an instrument of a regional economic integration organization counts in addition to its member States' (false under article 65(1)).",
  })
  reioCountedAdditionally!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Days after its own deposit at which the treaty enters into force for a later party; null while no source gives the rule.',
  })
  laterPartiesDays!: number | null;

  @Field({ description: 'The rule verbatim.' })
  text!: string;

  /** Resolved to Documents by TreatyEvidenceResolver. */
  sourceIds!: string[];
}

@ObjectType({ implements: Fact, description: 'A convention or a protocol.' })
export class Treaty extends Fact {
  @Field({ description: 'Full title.' })
  title!: string;

  @Field({ description: 'Short title in common use.' })
  shortTitle!: string;

  @Field(() => TreatyKind, { description: 'Convention or protocol.' })
  kind!: TreatyKind;

  @Field(() => TreatyStage, { description: 'Draft or adopted.' })
  stage!: TreatyStage;

  @Field(() => PartialDate, { nullable: true, description: 'Day of adoption.' })
  adoptedOn!: PartialDate | null;

  @Field(() => String, { nullable: true, description: 'Depositary, e.g. the Secretary-General of the United Nations.' })
  depositary!: string | null;

  @Field(() => [SignaturePeriod], { description: 'When and where the treaty is open for signature.' })
  signaturePeriods!: SignaturePeriod[];

  @Field(() => EntryIntoForceRule, { nullable: true, description: 'The entry-into-force rule, if known.' })
  entryIntoForceRule!: EntryIntoForceRule | null;

  /** Resolved to a Document by TreatyEvidenceResolver. */
  textDocumentId!: string | null;

  @Field(() => PartialDate, {
    nullable: true,
    description: "The last day the depositary's record was searched for new signatures and instruments; null when not recorded.",
  })
  statusCheckedOn!: PartialDate | null;

  static fromProps(props: Props): Treaty {
    const periods = JSON.parse(str(props, 'signaturePeriods') || '[]') as {
      from: string | null;
      until: string | null;
      place: string | null;
      sources?: string[];
    }[];
    const required = num(props.eifInstrumentsRequired);
    return Object.assign(new Treaty(), factFields(props), {
      title: str(props, 'title'),
      shortTitle: str(props, 'shortTitle'),
      kind: (strOrNull(props, 'kind') ?? 'CONVENTION') as TreatyKind,
      stage: (strOrNull(props, 'stage') ?? 'ADOPTED') as TreatyStage,
      adoptedOn: PartialDate.from(props.adoptedOn),
      depositary: strOrNull(props, 'depositary'),
      signaturePeriods: periods.map((period) =>
        Object.assign(new SignaturePeriod(), {
          from: PartialDate.from(period.from),
          until: PartialDate.from(period.until),
          place: period.place,
          sourceIds: period.sources ?? [],
        }),
      ),
      entryIntoForceRule:
        required === null
          ? null
          : Object.assign(new EntryIntoForceRule(), {
              article: str(props, 'eifArticle'),
              instrumentsRequired: required,
              countedKinds: strList(props, 'eifCountedKinds') as TreatyActionKind[],
              daysAfterThreshold: num(props.eifDaysAfterThreshold) ?? 0,
              reioCountedAdditionally: props.eifReioCountedAdditionally === true,
              laterPartiesDays: num(props.eifLaterPartiesDays),
              text: str(props, 'eifText'),
              sourceIds: strList(props, 'eifSources'),
            }),
      textDocumentId: strOrNull(props, 'textDocument'),
      statusCheckedOn: PartialDate.from(props.statusCheckedOn),
    });
  }
}
