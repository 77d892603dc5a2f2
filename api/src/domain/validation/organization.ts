import { z } from 'zod';
import { organizationKinds } from '../vocabulary.js';
import { email, name, optionalText, phone, postcode, website } from './fields.js';

export const createOrganizationInput = z.object({
  name,
  kind: z.enum(organizationKinds),
  description: optionalText(1000),
  website,
  email,
  phone,
  postcode,
  public: z.boolean().nullish(),
});
export type CreateOrganizationInput = z.output<typeof createOrganizationInput>;

export const updateOrganizationInput = z.object({
  name: name.optional(),
  kind: z.enum(organizationKinds).optional(),
  description: optionalText(1000),
  website,
  email,
  phone,
  postcode,
  public: z.boolean().optional(),
});
export type UpdateOrganizationInput = z.output<typeof updateOrganizationInput>;
