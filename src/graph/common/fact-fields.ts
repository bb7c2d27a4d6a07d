import { str, strOrNull, type Props } from '../../db/values.js';
import { Confidence, confidenceOf } from '../../model/confidence.js';
import { Retraction } from './retraction.type.js';

/** The fields shared by every fact. */
export function factFields(props: Props): {
  id: string;
  name: string;
  confidence: Confidence;
  note: string | null;
  retracted: boolean;
  retraction: Retraction | null;
} {
  return {
    id: str(props, 'id'),
    name: str(props, 'name'),
    confidence: confidenceOf(props.confidence) ?? Confidence.STATED,
    note: strOrNull(props, 'note'),
    retracted: props.retracted === true,
    retraction: Retraction.fromProps(props),
  };
}
