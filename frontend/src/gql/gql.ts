/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query MyRequests {\n    myRequests(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          state\n          receivedAt\n          dueAt\n          closedAt\n          extensionMonths\n          open\n          overdue\n          dueSoon\n          subject {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyRequestsDocument,
    "\n  query RequestSubjects {\n    me {\n      id\n      memberships {\n        id\n        kind\n        endedAt\n        organisation {\n          id\n          name\n          memberships(first: 500) {\n            edges {\n              node {\n                id\n                kind\n                endedAt\n                user {\n                  id\n                  displayName\n                  email\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RequestSubjectsDocument,
    "\n  query RequestDetail($id: ID!, $staff: Boolean!) {\n    node(id: $id) {\n      __typename\n      ... on RightsRequest {\n        id\n        type\n        state\n        description\n        rectificationField\n        rectificationValue\n        objectionProcessing\n        portabilityRecipient\n        receivedAt\n        dueAt\n        pausedAt\n        extensionMonths\n        extensionReason\n        rejectionReason\n        rejectionExplanation\n        closedAt\n        open\n        overdue\n        dueSoon\n        availableActions\n        possiblyRepetitive @include(if: $staff)\n        subject {\n          id\n          displayName\n          email @include(if: $staff)\n        }\n        submittedBy @include(if: $staff) {\n          id\n          displayName\n        }\n        organisation @include(if: $staff) {\n          id\n          name\n        }\n        timeline {\n          id\n          actorName\n          fromState\n          toState\n          note\n          occurredAt\n        }\n        conversation {\n          id\n          authorName\n          authorRole\n          body\n          sentAt\n        }\n      }\n    }\n  }\n": typeof types.RequestDetailDocument,
    "\n  query RequestQueue($filter: RequestQueueFilter) {\n    requestQueue(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          state\n          receivedAt\n          dueAt\n          open\n          overdue\n          dueSoon\n          possiblyRepetitive\n          subject {\n            id\n            displayName\n          }\n          submittedBy {\n            id\n            displayName\n          }\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.RequestQueueDocument,
    "\n  query QueueSetup {\n    requestFigures {\n      total {\n        ...Figures\n      }\n      byType {\n        type\n        figures {\n          ...Figures\n        }\n      }\n    }\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n\n  fragment Figures on RequestFigures {\n    open\n    overdue\n    dueSoon\n    completedThisMonth\n    medianDaysToClose\n  }\n": typeof types.QueueSetupDocument,
    "\n  mutation SubmitRequest($input: SubmitRequestInput!) {\n    submitRequest(input: $input) {\n      id\n      state\n      dueAt\n    }\n  }\n": typeof types.SubmitRequestDocument,
    "\n  mutation CancelRequest($id: ID!, $reason: String) {\n    cancelRequest(id: $id, reason: $reason) {\n      id\n      state\n    }\n  }\n": typeof types.CancelRequestDocument,
    "\n  mutation StartRequest($id: ID!, $note: String) {\n    startRequest(id: $id, note: $note) {\n      id\n      state\n    }\n  }\n": typeof types.StartRequestDocument,
    "\n  mutation RequestInformation($id: ID!, $message: String!) {\n    requestInformation(id: $id, message: $message) {\n      id\n      state\n    }\n  }\n": typeof types.RequestInformationDocument,
    "\n  mutation ProvideInformation($id: ID!, $message: String!) {\n    provideInformation(id: $id, message: $message) {\n      id\n      state\n    }\n  }\n": typeof types.ProvideInformationDocument,
    "\n  mutation ExtendRequest($id: ID!, $months: Int!, $reason: String!) {\n    extendRequest(id: $id, months: $months, reason: $reason) {\n      id\n      state\n      dueAt\n    }\n  }\n": typeof types.ExtendRequestDocument,
    "\n  mutation RejectRequest($id: ID!, $reason: RejectionReason!, $explanation: String!) {\n    rejectRequest(id: $id, reason: $reason, explanation: $explanation) {\n      id\n      state\n    }\n  }\n": typeof types.RejectRequestDocument,
    "\n  mutation CompleteRequest($id: ID!, $note: String) {\n    completeRequest(id: $id, note: $note) {\n      id\n      state\n    }\n  }\n": typeof types.CompleteRequestDocument,
    "\n  mutation SendRequestMessage($id: ID!, $body: String!) {\n    sendRequestMessage(id: $id, body: $body) {\n      id\n    }\n  }\n": typeof types.SendRequestMessageDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query MyRequests {\n    myRequests(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          state\n          receivedAt\n          dueAt\n          closedAt\n          extensionMonths\n          open\n          overdue\n          dueSoon\n          subject {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.MyRequestsDocument,
    "\n  query RequestSubjects {\n    me {\n      id\n      memberships {\n        id\n        kind\n        endedAt\n        organisation {\n          id\n          name\n          memberships(first: 500) {\n            edges {\n              node {\n                id\n                kind\n                endedAt\n                user {\n                  id\n                  displayName\n                  email\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.RequestSubjectsDocument,
    "\n  query RequestDetail($id: ID!, $staff: Boolean!) {\n    node(id: $id) {\n      __typename\n      ... on RightsRequest {\n        id\n        type\n        state\n        description\n        rectificationField\n        rectificationValue\n        objectionProcessing\n        portabilityRecipient\n        receivedAt\n        dueAt\n        pausedAt\n        extensionMonths\n        extensionReason\n        rejectionReason\n        rejectionExplanation\n        closedAt\n        open\n        overdue\n        dueSoon\n        availableActions\n        possiblyRepetitive @include(if: $staff)\n        subject {\n          id\n          displayName\n          email @include(if: $staff)\n        }\n        submittedBy @include(if: $staff) {\n          id\n          displayName\n        }\n        organisation @include(if: $staff) {\n          id\n          name\n        }\n        timeline {\n          id\n          actorName\n          fromState\n          toState\n          note\n          occurredAt\n        }\n        conversation {\n          id\n          authorName\n          authorRole\n          body\n          sentAt\n        }\n      }\n    }\n  }\n": types.RequestDetailDocument,
    "\n  query RequestQueue($filter: RequestQueueFilter) {\n    requestQueue(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          state\n          receivedAt\n          dueAt\n          open\n          overdue\n          dueSoon\n          possiblyRepetitive\n          subject {\n            id\n            displayName\n          }\n          submittedBy {\n            id\n            displayName\n          }\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.RequestQueueDocument,
    "\n  query QueueSetup {\n    requestFigures {\n      total {\n        ...Figures\n      }\n      byType {\n        type\n        figures {\n          ...Figures\n        }\n      }\n    }\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n\n  fragment Figures on RequestFigures {\n    open\n    overdue\n    dueSoon\n    completedThisMonth\n    medianDaysToClose\n  }\n": types.QueueSetupDocument,
    "\n  mutation SubmitRequest($input: SubmitRequestInput!) {\n    submitRequest(input: $input) {\n      id\n      state\n      dueAt\n    }\n  }\n": types.SubmitRequestDocument,
    "\n  mutation CancelRequest($id: ID!, $reason: String) {\n    cancelRequest(id: $id, reason: $reason) {\n      id\n      state\n    }\n  }\n": types.CancelRequestDocument,
    "\n  mutation StartRequest($id: ID!, $note: String) {\n    startRequest(id: $id, note: $note) {\n      id\n      state\n    }\n  }\n": types.StartRequestDocument,
    "\n  mutation RequestInformation($id: ID!, $message: String!) {\n    requestInformation(id: $id, message: $message) {\n      id\n      state\n    }\n  }\n": types.RequestInformationDocument,
    "\n  mutation ProvideInformation($id: ID!, $message: String!) {\n    provideInformation(id: $id, message: $message) {\n      id\n      state\n    }\n  }\n": types.ProvideInformationDocument,
    "\n  mutation ExtendRequest($id: ID!, $months: Int!, $reason: String!) {\n    extendRequest(id: $id, months: $months, reason: $reason) {\n      id\n      state\n      dueAt\n    }\n  }\n": types.ExtendRequestDocument,
    "\n  mutation RejectRequest($id: ID!, $reason: RejectionReason!, $explanation: String!) {\n    rejectRequest(id: $id, reason: $reason, explanation: $explanation) {\n      id\n      state\n    }\n  }\n": types.RejectRequestDocument,
    "\n  mutation CompleteRequest($id: ID!, $note: String) {\n    completeRequest(id: $id, note: $note) {\n      id\n      state\n    }\n  }\n": types.CompleteRequestDocument,
    "\n  mutation SendRequestMessage($id: ID!, $body: String!) {\n    sendRequestMessage(id: $id, body: $body) {\n      id\n    }\n  }\n": types.SendRequestMessageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRequests {\n    myRequests(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          state\n          receivedAt\n          dueAt\n          closedAt\n          extensionMonths\n          open\n          overdue\n          dueSoon\n          subject {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestSubjects {\n    me {\n      id\n      memberships {\n        id\n        kind\n        endedAt\n        organisation {\n          id\n          name\n          memberships(first: 500) {\n            edges {\n              node {\n                id\n                kind\n                endedAt\n                user {\n                  id\n                  displayName\n                  email\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RequestSubjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestDetail($id: ID!, $staff: Boolean!) {\n    node(id: $id) {\n      __typename\n      ... on RightsRequest {\n        id\n        type\n        state\n        description\n        rectificationField\n        rectificationValue\n        objectionProcessing\n        portabilityRecipient\n        receivedAt\n        dueAt\n        pausedAt\n        extensionMonths\n        extensionReason\n        rejectionReason\n        rejectionExplanation\n        closedAt\n        open\n        overdue\n        dueSoon\n        availableActions\n        possiblyRepetitive @include(if: $staff)\n        subject {\n          id\n          displayName\n          email @include(if: $staff)\n        }\n        submittedBy @include(if: $staff) {\n          id\n          displayName\n        }\n        organisation @include(if: $staff) {\n          id\n          name\n        }\n        timeline {\n          id\n          actorName\n          fromState\n          toState\n          note\n          occurredAt\n        }\n        conversation {\n          id\n          authorName\n          authorRole\n          body\n          sentAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RequestDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestQueue($filter: RequestQueueFilter) {\n    requestQueue(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          state\n          receivedAt\n          dueAt\n          open\n          overdue\n          dueSoon\n          possiblyRepetitive\n          subject {\n            id\n            displayName\n          }\n          submittedBy {\n            id\n            displayName\n          }\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RequestQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueSetup {\n    requestFigures {\n      total {\n        ...Figures\n      }\n      byType {\n        type\n        figures {\n          ...Figures\n        }\n      }\n    }\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n\n  fragment Figures on RequestFigures {\n    open\n    overdue\n    dueSoon\n    completedThisMonth\n    medianDaysToClose\n  }\n"): typeof import('./graphql').QueueSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRequest($input: SubmitRequestInput!) {\n    submitRequest(input: $input) {\n      id\n      state\n      dueAt\n    }\n  }\n"): typeof import('./graphql').SubmitRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRequest($id: ID!, $reason: String) {\n    cancelRequest(id: $id, reason: $reason) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').CancelRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRequest($id: ID!, $note: String) {\n    startRequest(id: $id, note: $note) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').StartRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestInformation($id: ID!, $message: String!) {\n    requestInformation(id: $id, message: $message) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').RequestInformationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvideInformation($id: ID!, $message: String!) {\n    provideInformation(id: $id, message: $message) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').ProvideInformationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendRequest($id: ID!, $months: Int!, $reason: String!) {\n    extendRequest(id: $id, months: $months, reason: $reason) {\n      id\n      state\n      dueAt\n    }\n  }\n"): typeof import('./graphql').ExtendRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectRequest($id: ID!, $reason: RejectionReason!, $explanation: String!) {\n    rejectRequest(id: $id, reason: $reason, explanation: $explanation) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').RejectRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteRequest($id: ID!, $note: String) {\n    completeRequest(id: $id, note: $note) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').CompleteRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendRequestMessage($id: ID!, $body: String!) {\n    sendRequestMessage(id: $id, body: $body) {\n      id\n    }\n  }\n"): typeof import('./graphql').SendRequestMessageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
