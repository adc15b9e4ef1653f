import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createPortalFetcher } from './fetcher';
import 'graphiql/style.css';
import './playground.css';

// Anonymous on purpose: GraphiQL updates the selected operation name a moment
// after an edit, so a named default could be sent with a freshly pasted query.
const DEFAULT_QUERY = `# Queries run as you, with your own permissions.
{
  me {
    email
    displayName
    role
  }
}
`;

const container = document.getElementById('playground');
if (!container) throw new Error('playground.html has no #playground element');

createRoot(container).render(
  <StrictMode>
    <GraphiQL fetcher={createPortalFetcher()} defaultQuery={DEFAULT_QUERY}>
      <GraphiQL.Logo>
        <a href="/">Learner Privacy Portal</a> API
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
