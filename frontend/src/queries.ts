import { graphql } from './gql';

// The signed-in person, loaded once by the layout; `npm run codegen` turns it
// into a typed document in ./gql. mustReviewPolicy drives the banner that asks
// for a new privacy policy version to be reviewed on every page.
export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      displayName
      role
      mustReviewPolicy
      organisation {
        id
        name
      }
    }
  }
`);
