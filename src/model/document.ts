export enum DocumentKind {
  PRESS_RELEASE = 'PRESS_RELEASE',
  RESOLUTION = 'RESOLUTION',
  DECISION = 'DECISION',
  TREATY_TEXT = 'TREATY_TEXT',
  DEPOSITARY_NOTIFICATION = 'DEPOSITARY_NOTIFICATION',
  TREATY_STATUS = 'TREATY_STATUS',
  MEETING_COVERAGE = 'MEETING_COVERAGE',
  OFFICIAL_STATEMENT = 'OFFICIAL_STATEMENT',
  UN_DOCUMENT = 'UN_DOCUMENT',
  NEWS_ARTICLE = 'NEWS_ARTICLE',
  WEB_PAGE = 'WEB_PAGE',
  NGO_PUBLICATION = 'NGO_PUBLICATION',
  OTHER = 'OTHER',
}

/**
 * How far a document can be relied on, best first. A reviewed decision recorded with a reason on each
 * document (seeds: research/2026-12/source-grades.json), never guessed from its address.
 */
export enum SourceGrade {
  /** Published by the issuing body itself: a UN body, the depositary, a government. */
  OFFICIAL = 'OFFICIAL',
  /** An independent report: a news agency, a newspaper, an NGO, scholarship. */
  SECONDARY = 'SECONDARY',
  /** A mirror, repost, proxy or scrape of another document, pointing at its original where known. */
  COPY = 'COPY',
  /** Machine-written or auto-generated: a content farm, an AI digest. */
  MACHINE = 'MACHINE',
  /** Its origin or its claims could not be confirmed. */
  UNVERIFIED = 'UNVERIFIED',
}

export const SOURCE_GRADES_BEST_FIRST: readonly SourceGrade[] = Object.values(SourceGrade);

/** The grades at least as good as `minimum`. */
export function gradesAtLeast(minimum: SourceGrade): SourceGrade[] {
  return SOURCE_GRADES_BEST_FIRST.slice(0, SOURCE_GRADES_BEST_FIRST.indexOf(minimum) + 1);
}

/** Sort rank of a grade, best first; an ungraded document sorts last. */
export function gradeRank(grade: string | null | undefined): number {
  const index = SOURCE_GRADES_BEST_FIRST.indexOf(grade as SourceGrade);
  return index < 0 ? SOURCE_GRADES_BEST_FIRST.length : index;
}

/** How sure the research is of a copy's original address. */
export enum OriginalUrlStatus {
  CONFIRMED = 'CONFIRMED',
  INFERRED = 'INFERRED',
  UNKNOWN = 'UNKNOWN',
}
