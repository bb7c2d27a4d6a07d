/** Names folded for matching: accents, case, apostrophes and spacing do not matter. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Names under which status tables and other UN pages print participants, when they differ from the
 * name in the graph (the UN's short name); keys are already folded by nameKey.
 */
const ALIASES: Readonly<Record<string, string>> = {
  turkiye: 'state:TUR',
  turkey: 'state:TUR',
  'viet nam': 'state:VNM',
  vietnam: 'state:VNM',
  'united kingdom of great britain and northern ireland': 'state:GBR',
  'united kingdom': 'state:GBR',
  'european union': 'reio:eu',
  'european union (eu)': 'reio:eu',
  netherlands: 'state:NLD',
  'kingdom of the netherlands': 'state:NLD',
  'czech republic': 'state:CZE',
  'united states': 'state:USA',
  russia: 'state:RUS',
  'republic of moldova': 'state:MDA',
  "cote d'ivoire": 'state:CIV',
  bolivia: 'state:BOL',
  venezuela: 'state:VEN',
  iran: 'state:IRN',
};

/** Matches printed participant names to participant ids: by name in the graph, then by alias. */
export function participantMatcher(states: readonly { id: string; name: string }[]): (printed: string) => string | undefined {
  const byName = new Map(states.map((state) => [nameKey(state.name), state.id]));
  const known = new Set(states.map((state) => state.id));
  return (printed) => {
    const key = nameKey(printed);
    const id = byName.get(key) ?? ALIASES[key];
    return id !== undefined && known.has(id) ? id : undefined;
  };
}
