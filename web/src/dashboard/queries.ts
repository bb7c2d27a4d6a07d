/**
 * Every operation the dashboard sends, in one place: a test validates each against the committed schema
 * contract, so a renamed field fails the build instead of a view.
 */

const QUOTE = `
fragment Quote on Statement {
  id text language context roleAtTime
  saidOn { value precision first last }
  speaker { id name }
  at { id name }
  sources { id title url publisher }
}`;

export const QUOTE_PAGE = `
fragment QuotePage on StatementConnection {
  totalCount
  pageInfo { hasNextPage endCursor }
  nodes { ...Quote }
}
${QUOTE}`;

export const QUOTES = `
query DashboardQuotes($where: StatementWhere, $first: Int, $after: String) {
  statements(where: $where, first: $first, after: $after) { ...QuotePage }
}
${QUOTE_PAGE}`;

/** Full-text search over the quotes: every word must match, best matches first (at most 100). */
export const SEARCH_QUOTES = `
query DashboardSearchQuotes($text: String!) {
  search(text: $text, kinds: [STATEMENT], first: 100) {
    score
    node { ... on Statement { ...Quote } }
  }
}
${QUOTE}`;

export const FILTERS = `
query DashboardQuoteFilters {
  persons(first: 100) { nodes { id name statements { id } } }
  organizations(first: 100) { nodes { id name acronym positions { person { id } } } }
}`;

export const STATUS = `
query DashboardStatus($id: ID!, $asOf: Date) {
  treaty(id: $id) {
    id shortTitle
    entryIntoForceRule { article instrumentsRequired daysAfterThreshold text }
    status(asOf: $asOf) {
      asOf adopted signatoryCount partyCount instrumentsCounted instrumentsRequired instrumentsNeeded
      inForce projected entryIntoForceDate
      triggeringInstrument { ...Instrument }
      signatories { ...Instrument }
      parties { ...Instrument }
      undatedSignatures { ...Instrument }
    }
  }
}
fragment Instrument on StatusInstrument {
  kind
  date { value precision }
  participant { id name regionalGroup }
}`;

export const PER_MONTH = `
query DashboardActionsPerMonth($treatyId: ID!, $from: Date, $to: Date) {
  actionsPerMonth(treatyId: $treatyId, from: $from, to: $to) {
    months { month kind count }
    yearOnly { kind count }
    undated { kind count }
  }
}`;

export const ACTIONS = `
query DashboardActionDays($treatyId: ID!, $from: Date, $to: Date, $after: String) {
  treatyActions(where: { treaty: $treatyId, from: $from, to: $to }, first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id kind date { value precision } }
  }
}`;

export const TIMELINE = `
query DashboardTimeline($treatyId: ID!, $from: Date, $to: Date, $kinds: [TimelineItemKind!], $after: String) {
  timeline(treatyId: $treatyId, from: $from, to: $to, kinds: $kinds, first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      kind
      date { value precision first last }
      node {
        __typename id name
        ... on TreatyAction { actionKind: kind place participant { id name } sources { id title url publisher } }
        ... on Event { eventKind: kind place sources { id title url publisher } }
        ... on Statement { text speaker { id name } sources { id title url publisher } }
        ... on Document { title url publisher }
      }
    }
  }
}`;

export const PARTICIPATION = `
query DashboardParticipation($treatyId: ID!, $asOf: Date) {
  participantsByRegionalGroup(treatyId: $treatyId, asOf: $asOf) {
    group groupName participants signed signedUndated parties notSigned
  }
  treaty(id: $treatyId) {
    status(asOf: $asOf) {
      signatories { ...Who }
      parties { ...Who }
      undatedSignatures { ...Who }
    }
  }
}
fragment Who on StatusInstrument { kind date { value precision } participant { id } }`;

export const STATES = `
query DashboardStates($after: String) {
  states(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id name iso3 kind regionalGroup }
  }
}`;

export const NEIGHBORHOOD = `
query DashboardNeighborhood($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    truncated
    nodes { __typename id name }
    edges { type from to confidence sources { id title url publisher } }
  }
}`;

export const SEARCH = `
query DashboardFindEntity($text: String!) {
  search(text: $text, first: 8) { score node { __typename id name } }
}`;

export const TREATIES = `query DashboardTreaties { treaties { id shortTitle stage } }`;

export const INTROSPECT = `
query DashboardCapabilities {
  query: __type(name: "Query") { fields { name } }
  treaty: __type(name: "Treaty") { fields { name } }
}`;
