import 'reflect-metadata';

import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';

import { validateArgument } from './argument-validation.js';
import { ClaimResolver, ConflictResolver } from './claim/claim.resolver.js';
import { factResolvers, resolveSourcesDirectly } from './common/fact.resolver.js';
import { NameVariantResolver } from './common/name-variant.resolver.js';
import { FeedSubscription } from './feed/feed.subscription.js';
import { NodeResolver } from './common/node.resolver.js';
import { RetractionResolver } from './common/retraction.resolver.js';
import { DashboardResolver, RegionalGroupMembersResolver } from './dashboard/dashboard.resolver.js';
import { DocumentMutation } from './document/document.mutation.js';
import { DocumentResolver } from './document/document.resolver.js';
import { EventMutation } from './event/event.mutation.js';
import { EventResolver } from './event/event.resolver.js';
import { NeighborhoodResolver } from './neighborhood/neighborhood.resolver.js';
import { OrganizationMutation } from './organization/organization.mutation.js';
import { OrganizationResolver } from './organization/organization.resolver.js';
import { PathResolver } from './path/path.resolver.js';
import { PersonMutation } from './person/person.mutation.js';
import { PersonResolver, PositionResolver } from './person/person.resolver.js';
import { ProcessResolver } from './process/process.resolver.js';
import { RelationResolver, RelationshipResolver, RelationshipStateResolver, relationResolvers } from './relation/relation.resolver.js';
import { ReleaseResolver } from './release/release.resolver.js';
import { SearchResolver } from './search/search.resolver.js';
import { StateMutation } from './state/state.mutation.js';
import { StateResolver } from './state/state.resolver.js';
import { StatementMutation } from './statement/statement.mutation.js';
import { StatementResolver } from './statement/statement.resolver.js';
import { TimelineResolver } from './timeline/timeline.resolver.js';
import { TreatyActionMutation } from './treaty-action/treaty-action.mutation.js';
import {
  TreatyActionResolver,
  TreatyActionsOfStateResolver,
  TreatyActionsOfTreatyResolver,
} from './treaty-action/treaty-action.resolver.js';
import { StatusInstrumentResolver, TreatyStatusResolver } from './treaty/treaty-status.resolver.js';
import { TreatyResolver } from './treaty/treaty.resolver.js';
import {
  EntryIntoForceRuleResolver,
  ReportedActResolver,
  SignaturePeriodResolver,
  SourceCurrencyResolver,
  TreatyStatusEvidenceResolver,
  TreatyTextResolver,
} from './treaty/treaty-evidence.resolver.js';
import { DocumentVotesResolver, EventVotesResolver, VoteResolver } from './vote/vote.resolver.js';
import { writeAuthChecker } from './write/auth.js';
import { FactMutation } from './write/fact.mutation.js';

export const RESOLVERS = [
  NodeResolver,
  NameVariantResolver,
  TreatyResolver,
  PersonResolver,
  PositionResolver,
  OrganizationResolver,
  StatementResolver,
  DocumentResolver,
  TreatyActionResolver,
  TreatyActionsOfTreatyResolver,
  TreatyActionsOfStateResolver,
  TreatyStatusResolver,
  StatusInstrumentResolver,
  TreatyTextResolver,
  EntryIntoForceRuleResolver,
  SignaturePeriodResolver,
  TreatyStatusEvidenceResolver,
  ReportedActResolver,
  SourceCurrencyResolver,
  TimelineResolver,
  DashboardResolver,
  RegionalGroupMembersResolver,
  StateResolver,
  EventResolver,
  ProcessResolver,
  ClaimResolver,
  ConflictResolver,
  SearchResolver,
  PathResolver,
  NeighborhoodResolver,
  VoteResolver,
  EventVotesResolver,
  DocumentVotesResolver,
  RelationshipResolver,
  RelationshipStateResolver,
  RelationResolver,
  ...factResolvers,
  ...relationResolvers,
  RetractionResolver,
  ReleaseResolver,
  FeedSubscription,
  // Writes: every mutation resolver is @Authorized().
  StateMutation,
  PersonMutation,
  OrganizationMutation,
  DocumentMutation,
  EventMutation,
  TreatyActionMutation,
  StatementMutation,
  FactMutation,
] as const;

const NO_TOPICS: PubSub = {
  publish() {
    throw new Error('no subscription here publishes by topic');
  },
  subscribe() {
    throw new Error('no subscription here subscribes by topic');
  },
};

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS as unknown as Parameters<typeof buildSchema>[0]['resolvers'],
    // Input objects checked with their class-validator decorators (type-graphql 2.0 checks none unless asked).
    validateFn: validateArgument,
    authChecker: writeAuthChecker,
    // The one subscription follows the request's release hub itself (its own subscribe function);
    // type-graphql wants a pub/sub all the same, and none of ours publishes through it.
    pubSub: NO_TOPICS,
  });
  resolveSourcesDirectly(schema);
  return schema;
}

/** The SDL committed at schema/schema.graphql: sorted, so diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
