import { graphql } from '../gql';

// Provider staff's operations on corporate customers (graph/organisation.graphqls,
// graph/user.graphqls, graph/directory.graphqls); `npm run codegen` types them into ../gql.

/** A page of the organisations, by name, each with how many current employees it has. */
export const OrganisationsQuery = graphql(`
  query Organisations($first: Int!, $after: Cursor) {
    organisations(first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          employeeCount
        }
      }
    }
  }
`);

/**
 * A page of the employer admins, with their memberships: the current ADMIN membership says which
 * organisation each administers. Reads only the admins, never the employees.
 */
export const EmployerAdminsQuery = graphql(`
  query EmployerAdmins($first: Int!, $after: Cursor) {
    users(first: $first, after: $after, where: { role: EMPLOYER_ADMIN }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          displayName
          email
          memberships {
            id
            kind
            endedAt
            organisationID
          }
        }
      }
    }
  }
`);

/** The person with this email address, in any letter case (at most one: emails are unique). */
export const PersonByEmailQuery = graphql(`
  query PersonByEmail($email: String!) {
    users(first: 1, where: { emailEqualFold: $email }) {
      edges {
        node {
          id
          displayName
          email
        }
      }
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($name: String!) {
    createOrganisation(name: $name) {
      id
      name
    }
  }
`);

export const AddEmployerAdminMutation = graphql(`
  mutation AddEmployerAdmin($organisationID: ID!, $userID: ID!) {
    addEmployerAdmin(organisationID: $organisationID, userID: $userID) {
      id
    }
  }
`);

export const RemoveEmployerAdminMutation = graphql(`
  mutation RemoveEmployerAdmin($organisationID: ID!, $userID: ID!) {
    removeEmployerAdmin(organisationID: $organisationID, userID: $userID) {
      id
    }
  }
`);

export const MoveToOrganisationMutation = graphql(`
  mutation MoveToOrganisation($userID: ID!, $organisationID: ID) {
    moveToOrganisation(userID: $userID, organisationID: $organisationID) {
      id
    }
  }
`);
