import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';

import type { OrganizationRecord } from '../../ingest/records.js';
import type { Context } from '../context.js';
import { idFrom } from '../../model/ids.js';
import { factRecordFields, patched, writeFact } from '../write/write.service.js';
import { CreateOrganizationInput, UpdateOrganizationInput } from './organization.input.js';
import { Organization } from './organization.type.js';

const FIELDS = ['name', 'acronym', 'kind', 'description'] as const;

@Authorized()
@Resolver()
export class OrganizationMutation {
  @Mutation(() => Organization, { description: 'Adds an organization; repeating the same input changes nothing.' })
  createOrganization(
    @Arg('input', () => CreateOrganizationInput, { description: 'The organization and the sources.' }) input: CreateOrganizationInput,
    @Ctx() ctx: Context,
  ): Promise<Organization> {
    const id = input.id ?? idFrom('org', input.acronym || input.name);
    return writeFact(ctx, {
      id,
      label: 'Organization',
      mode: 'create',
      sources: input.sources,
      references: [],
      build: (existing, sourceIds) => ({
        organizations: [{ ...factRecordFields(id, input, existing, sourceIds), ...patched(null, input, FIELDS) } as OrganizationRecord],
      }),
    }) as Promise<Organization>;
  }

  @Mutation(() => Organization, { description: 'Changes an organization; fields left out keep their values.' })
  updateOrganization(
    @Arg('input', () => UpdateOrganizationInput, { description: 'The changes and their sources.' }) input: UpdateOrganizationInput,
    @Ctx() ctx: Context,
  ): Promise<Organization> {
    return writeFact(ctx, {
      id: input.id,
      label: 'Organization',
      mode: 'update',
      sources: input.sources,
      references: [],
      build: (existing, sourceIds) => ({
        organizations: [
          { ...factRecordFields(input.id, input, existing, sourceIds), ...patched(existing, input, FIELDS) } as OrganizationRecord,
        ],
      }),
    }) as Promise<Organization>;
  }
}
