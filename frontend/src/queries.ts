import { graphql } from './gql';

// The only operation the home page needs; `npm run codegen` turns it into
// a typed document in ./gql.
export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      displayName
      role
      organisation {
        id
        name
      }
    }
  }
`);
