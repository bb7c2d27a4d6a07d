/** The UN regional groups as the UN names them. */
export const REGIONAL_GROUP_LABEL: Record<string, string> = {
  AFRICAN: 'African States',
  ASIA_PACIFIC: 'Asia-Pacific States',
  EASTERN_EUROPEAN: 'Eastern European States',
  LATIN_AMERICAN_CARIBBEAN: 'Latin American and Caribbean States',
  WESTERN_EUROPEAN_OTHERS: 'Western European and other States',
};

export const regionalGroupLabel = (group: string | null | undefined): string =>
  group === null || group === undefined ? '' : (REGIONAL_GROUP_LABEL[group] ?? group);
