/** The operations the explorer opens with, one tab each, each answering a question researchers ask. */
export interface Example {
  title: string;
  query: string;
  variables: Record<string, unknown>;
}

export const EXAMPLES: Example[] = [
  {
    title: 'Who said what: quotes with a phrase, their speaker, date and sources',
    query: `
query WhoSaidWhat($text: String, $first: Int) {
  statements(where: { text: $text }, first: $first) {
    totalCount
    nodes {
      text
      saidOn { value precision }
      speaker { id name }
      roleAtTime
      sources { title url publisher }
    }
  }
}`,
    variables: { text: 'multilateralism', first: 10 },
  },
  {
    title: 'Who signed when: signatures in date order, with place and evidence',
    query: `
query WhoSignedWhen($treaty: ID!, $first: Int) {
  treatyActions(where: { treaty: $treaty, kinds: [SIGNATURE] }, first: $first) {
    totalCount
    nodes {
      participant { id name regionalGroup }
      kind
      date { value precision }
      place
      sources { title url }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { treaty: 'treaty:un-cybercrime-convention', first: 100 },
  },
  {
    title: 'Status as of a date: signatories, parties, instruments still needed',
    query: `
query StatusAsOf($id: ID!, $asOf: Date) {
  treaty(id: $id) {
    shortTitle
    status(asOf: $asOf) {
      asOf
      signatoryCount
      partyCount
      instrumentsCounted
      instrumentsRequired
      instrumentsNeeded
      inForce
      entryIntoForceDate
      triggeringInstrument { participant { name } date { value } }
    }
  }
}`,
    variables: { id: 'treaty:un-cybercrime-convention', asOf: '2025-10-26' },
  },
  {
    title: 'How two entities connect: a shortest chain of relationships, each with its sources',
    query: `
query HowConnected($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 4) {
    length
    nodes { __typename id name }
    edges { type from to sources { title url } }
  }
}`,
    variables: { from: 'person:ghada-waly', to: 'state:VNM' },
  },
  {
    title: 'Which EU member States signed: treaty actions by membership, on the day of each act',
    query: `
query MembersWhoSigned($treaty: ID!, $organization: ID!) {
  treatyActions(where: { treaty: $treaty, memberOf: $organization, kinds: [SIGNATURE] }, first: 50) {
    totalCount
    nodes {
      participant { id name }
      date { value text }
      place
      sources { title url }
    }
  }
}`,
    variables: { treaty: 'treaty:un-cybercrime-convention', organization: 'reio:eu' },
  },
  {
    title: 'How a resolution was adopted: its vote, or "without a vote", with the sources',
    query: `
query HowAdopted($id: ID!) {
  node(id: $id) {
    ... on Document {
      symbol
      title
      votes {
        decision
        withoutVote
        inFavour
        against
        abstentions
        date { value }
        wording
        sources { title url }
      }
    }
  }
}`,
    variables: { id: 'doc:a-res-74-247' },
  },
  {
    title: 'Cite a release: the data releases, and the status exactly as the first one recorded it',
    query: `
query AsRecorded($id: ID!, $release: Int) {
  releases(first: 3) {
    nodes { id at hash changes { created updated retracted } }
  }
  treaty(id: $id) {
    status(asOf: "2025-10-26", asRecordedIn: $release) { signatoryCount partyCount instrumentsNeeded }
  }
}`,
    variables: { id: 'treaty:un-cybercrime-convention', release: 1 },
  },
];
