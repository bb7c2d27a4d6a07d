import { formatPartialDate, today } from '../shared/dates.js';
import type { ReleaseStamp } from '../shared/graphql.js';
import type { Params } from './router.js';

/** What a citation names besides the view's own parameters: given by the page around the view. */
export interface CiteSubject {
  viewLabel: string;
  treatyTitle: string;
  /** The release the link pins, if any. */
  pinned: number | null;
  /** Leaves the pinned release for the graph as it is now. */
  showLatest: () => void;
}

/** "1 Dec 2026, 11:31 UTC": the time of a release, as a reader compares it. */
export function formatRecordedAt(at: string): string {
  const time = /T(\d{2}:\d{2})/.exec(at)?.[1];
  return `${formatPartialDate(at.slice(0, 10))}${time === undefined ? '' : `, ${time} UTC`}`;
}

/** The citation of a view, for a bibliography: what, as of when, from which release, where. */
export function citationText(
  subject: CiteSubject,
  params: Params,
  release: { id: number | null; stamp: ReleaseStamp | undefined },
  link: string,
): string {
  const asOf = params.asOf ?? null;
  const what = `“${subject.viewLabel}: ${subject.treatyTitle}”${asOf === null ? '' : `, as of ${formatPartialDate(asOf)}`}`;
  const { id, stamp } = release;
  const data =
    stamp !== undefined && stamp.id === id
      ? `data release ${stamp.id}, recorded ${formatRecordedAt(stamp.at)}, content hash ${stamp.hash.slice(0, 16)}`
      : id !== null
        ? `data release ${id}`
        : 'data as it stood when accessed (the server states no data release)';
  return `${what}. treaty-graph research dashboard, ${data}. ${link} (accessed ${formatPartialDate(today())}).`;
}
