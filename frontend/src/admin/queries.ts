import { graphql } from '../gql';

// The employer admin's operations (graph/directory.graphqls, graph/request.graphqls);
// `npm run codegen` types them into ../gql.

/**
 * One page of the organisation's employee directory. The total is asked for with the first page
 * only: counting reads every employee, where a page reads only its own rows.
 */
export const EmployeesQuery = graphql(`
  query Employees($search: String, $orderBy: EmployeeOrder, $first: Int!, $after: String, $withTotal: Boolean!) {
    me {
      id
      organisation {
        id
        name
        employees(search: $search, orderBy: $orderBy, first: $first, after: $after) {
          rows {
            userID
            name
            email
            jobTitle
            openRequests
            lastActivityAt
          }
          endCursor
          hasNextPage
          totalCount @include(if: $withTotal)
        }
      }
    }
  }
`);

/** One request type for many people at once, reported row by row. */
export const SubmitRequestsMutation = graphql(`
  mutation SubmitRequests($input: SubmitRequestsInput!) {
    submitRequests(input: $input) {
      created
      refused
      rows {
        subjectID
        email
        outcome
        message
        request {
          id
        }
      }
    }
  }
`);
