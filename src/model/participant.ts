export enum ParticipantKind {
  MEMBER_STATE = 'MEMBER_STATE',
  NON_MEMBER_STATE = 'NON_MEMBER_STATE',
  REIO = 'REIO',
}

export enum RegionalGroup {
  AFRICAN = 'AFRICAN',
  ASIA_PACIFIC = 'ASIA_PACIFIC',
  EASTERN_EUROPEAN = 'EASTERN_EUROPEAN',
  LATIN_AMERICAN_CARIBBEAN = 'LATIN_AMERICAN_CARIBBEAN',
  WESTERN_EUROPEAN_OTHERS = 'WESTERN_EUROPEAN_OTHERS',
}

/** The UN regional groups as the UN names them. */
export const REGIONAL_GROUP_NAMES: Readonly<Record<RegionalGroup, string>> = {
  [RegionalGroup.AFRICAN]: 'African States',
  [RegionalGroup.ASIA_PACIFIC]: 'Asia-Pacific States',
  [RegionalGroup.EASTERN_EUROPEAN]: 'Eastern European States',
  [RegionalGroup.LATIN_AMERICAN_CARIBBEAN]: 'Latin American and Caribbean States',
  [RegionalGroup.WESTERN_EUROPEAN_OTHERS]: 'Western European and other States',
};

/** A regional group's name, or '' for a participant in none (the EU); an unknown value is shown as it is. */
export function regionalGroupName(group: string | null | undefined): string {
  if (group === null || group === undefined) return '';
  return Object.hasOwn(REGIONAL_GROUP_NAMES, group) ? REGIONAL_GROUP_NAMES[group as RegionalGroup] : group;
}
