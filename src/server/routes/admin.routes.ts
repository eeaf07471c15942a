/** Administration: the organisation tree and its units, users and their roles, Congress terms. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createUnit, listOrganisationTree, updateUnit } from '../../services/organisation.service.ts';
import { createTerm } from '../../services/term.service.ts';
import { createUser, grantRole, listUsers, resetPassword, revokeRole, updateUser } from '../../services/user-admin.service.ts';
import { actorOf } from '../auth.ts';
import {
  AdminUser, CreateTermBody, CreateUnitBody, CreateUserBody, OrganisationParams, OrganisationTree, ResetPasswordBody, RoleBody, RoleQuery,
  UpdateUnitBody, UpdateUserBody, UserParams,
} from '../schemas/admin.schemas.ts';
import { Organisation, Term } from '../schemas/entity.schemas.ts';
import { ERROR_RESPONSES, NO_CONTENT } from '../schemas/error.schemas.ts';

export const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app.resolute;
  const organisations = ['organisations'];
  const users = ['users'];

  app.get('/api/organisations/:organisationId/tree', {
    schema: { tags: organisations, summary: 'The organisation and every unit below it (organisation.manage)', params: OrganisationParams, response: { 200: OrganisationTree, ...ERROR_RESPONSES } },
  }, async (request) => listOrganisationTree(services, actorOf(request), request.params));

  app.post('/api/organisations', {
    schema: { tags: organisations, summary: 'Creates a unit under an organisation; codes are unique (organisation.manage on the parent)', body: CreateUnitBody, response: { 201: Organisation, ...ERROR_RESPONSES } },
  }, async (request, reply) => reply.code(201).send(await createUnit(services, actorOf(request), request.body)));

  app.patch('/api/organisations/:organisationId', {
    schema: { tags: organisations, summary: 'Renames a unit, changes its code or kind (organisation.manage on the parent); units are never deleted', params: OrganisationParams, body: UpdateUnitBody, response: { 200: Organisation, ...ERROR_RESPONSES } },
  }, async (request) => updateUnit(services, actorOf(request), { ...request.body, ...request.params }));

  app.post('/api/organisations/:organisationId/terms', {
    schema: { tags: organisations, summary: 'Creates a Congress term of the organisation; no overlap with its other terms (period.manage)', params: OrganisationParams, body: CreateTermBody, response: { 201: Term, ...ERROR_RESPONSES } },
  }, async (request, reply) => reply.code(201).send(await createTerm(services, actorOf(request), { ...request.body, ...request.params })));

  app.get('/api/users', {
    schema: { tags: users, summary: 'Users holding a role in a unit the caller manages, with those roles (user.manage)', response: { 200: z.array(AdminUser), ...ERROR_RESPONSES } },
  }, async (request) => listUsers(services, actorOf(request)));

  app.post('/api/users', {
    schema: { tags: users, summary: 'Creates an account with its first role in a unit (user.manage there)', body: CreateUserBody, response: { 201: AdminUser, ...ERROR_RESPONSES } },
  }, async (request, reply) => reply.code(201).send(await createUser(services, actorOf(request), request.body)));

  app.patch('/api/users/:userId', {
    schema: { tags: users, summary: 'Changes the name or e-mail, disables or enables the account; disabling ends its sessions (user.manage)', params: UserParams, body: UpdateUserBody, response: { 200: AdminUser, ...ERROR_RESPONSES } },
  }, async (request) => updateUser(services, actorOf(request), { ...request.body, ...request.params }));

  app.post('/api/users/:userId/password', {
    schema: { tags: users, summary: 'Sets a new password and ends the user\'s sessions (user.manage)', params: UserParams, body: ResetPasswordBody, response: { ...NO_CONTENT, ...ERROR_RESPONSES } },
  }, async (request, reply) => {
    await resetPassword(services, actorOf(request), { ...request.body, ...request.params });
    return reply.code(204).send(null);
  });

  app.post('/api/users/:userId/roles', {
    schema: { tags: users, summary: 'Gives the user a role in a unit (user.manage there)', params: UserParams, body: RoleBody, response: { 201: AdminUser, ...ERROR_RESPONSES } },
  }, async (request, reply) => reply.code(201).send(await grantRole(services, actorOf(request), { ...request.body, ...request.params })));

  app.delete('/api/users/:userId/roles', {
    schema: { tags: users, summary: 'Takes a role away (?unitId=…&role=…); an account keeps one role, an admin their last admin role (user.manage)', params: UserParams, querystring: RoleQuery, response: { 200: AdminUser, ...ERROR_RESPONSES } },
  }, async (request) => revokeRole(services, actorOf(request), { ...request.query, ...request.params }));
};
