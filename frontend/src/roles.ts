import type { UserRole } from './gql/graphql';

// A Record (not a switch) so that a role added to the schema fails
// `npm run typecheck` until it has a label here.
const ROLE_LABELS: Record<UserRole, string> = {
  LEARNER: 'Learner',
  EMPLOYER_ADMIN: 'Employer admin',
  STAFF: 'Provider staff',
};

/** The label a person sees for a role. */
export function roleLabel(role: UserRole): string {
  return ROLE_LABELS[role];
}

/** Staff get the GraphQL playground; the server enforces this too. */
export function canUsePlayground(role: UserRole): boolean {
  return role === 'STAFF';
}

/** The staff request queue and its actions; the server enforces this too (@hasRole). */
export function canUseRequestQueue(role: UserRole): boolean {
  return role === 'STAFF';
}

/** The employee directory and bulk requests; the server enforces this too (@hasRole). */
export function canUseEmployeeDirectory(role: UserRole): boolean {
  return role === 'EMPLOYER_ADMIN';
}

/** Corporate customers, their admins and employees; the server enforces this too (@hasRole). */
export function canManageOrganisations(role: UserRole): boolean {
  return role === 'STAFF';
}
