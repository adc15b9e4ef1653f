/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** ActorRole is enum for the field actor_role */
export type ActorRole =
  | 'EMPLOYER_ADMIN'
  | 'SELF'
  | 'STAFF'
  | 'SYSTEM';

/** MembershipKind is enum for the field kind */
export type MembershipKind =
  | 'ADMIN'
  | 'EMPLOYEE';

/** RejectionReason is enum for the field rejection_reason */
export type RejectionReason =
  | 'EXCESSIVE'
  | 'EXEMPTION_APPLIES'
  | 'MANIFESTLY_UNFOUNDED'
  | 'REPETITIVE';

/**
 * Something the viewer may do to a rights request now. Each moves the request along the
 * transition table of the request package.
 */
export type RequestAction =
  /** Whoever submitted the request: withdraw it while it is still open. */
  | 'CANCEL'
  /** Staff: the request has been answered. */
  | 'COMPLETE'
  /** Staff: take up to two more months in total, within the first month, with a reason. */
  | 'EXTEND'
  /** The requester: send the information asked for; the clock restarts. */
  | 'PROVIDE_INFORMATION'
  /** Staff: refuse the request with a reason and an explanation the requester sees. */
  | 'REJECT'
  /** Staff: ask the requester for identity confirmation or clarification; the clock stops. */
  | 'REQUEST_INFORMATION'
  /** Staff: identity checked, work begins (or resumes after information arrived). */
  | 'START';

/** Filters of the staff queue. Without states, the queue shows open requests. */
export type RequestQueueFilter = {
  organisationID?: string | number | null | undefined;
  /** Only requests past their due date. */
  overdue?: boolean | null | undefined;
  states?: Array<RequestState> | null | undefined;
  submittedBy?: RequestSubmitter | null | undefined;
  types?: Array<RequestType> | null | undefined;
};

/** RequestState is enum for the field state */
export type RequestState =
  | 'AWAITING_INFORMATION'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'EXTENDED'
  | 'IN_PROGRESS'
  | 'REJECTED'
  | 'SUBMITTED';

/** Who made a request, as the staff queue filters it. */
export type RequestSubmitter =
  /** Their employer admin, on their behalf. */
  | 'EMPLOYER_ADMIN'
  /** The person the request is about. */
  | 'SELF'
  /** Provider staff. */
  | 'STAFF';

/** RequestType is enum for the field type */
export type RequestType =
  | 'ACCESS'
  | 'ERASURE'
  | 'OBJECTION'
  | 'PORTABILITY'
  | 'RECTIFICATION'
  | 'RESTRICTION';

/**
 * A new rights request. Type-specific fields are required for their type: rectificationField and
 * rectificationValue for RECTIFICATION, objectionProcessing for OBJECTION; portabilityRecipient is
 * optional for PORTABILITY.
 */
export type SubmitRequestInput = {
  /** What the requester wants, in their own words (at most 5000 characters). */
  description?: string | null | undefined;
  /** OBJECTION: which processing is objected to, e.g. "marketing-profiling" (a registry key) or a description. */
  objectionProcessing?: string | null | undefined;
  /** PORTABILITY: the organisation to send the data to, if any. */
  portabilityRecipient?: string | null | undefined;
  /** RECTIFICATION: which item is wrong, e.g. "certificate name". */
  rectificationField?: string | null | undefined;
  /** RECTIFICATION: the correct value. */
  rectificationValue?: string | null | undefined;
  /** Whom the request is about; defaults to the signed-in person. An employer admin names a current employee; staff anyone. */
  subjectID?: string | number | null | undefined;
  type: RequestType;
};

/** UserRole is enum for the field role */
export type UserRole =
  | 'EMPLOYER_ADMIN'
  | 'LEARNER'
  | 'STAFF';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, role: UserRole, organisation: { id: string, name: string } | null } };

export type MyRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRequestsQuery = { myRequests: { totalCount: number, edges: Array<{ node: { id: string, type: RequestType, state: RequestState, receivedAt: unknown, dueAt: unknown, closedAt: unknown, extensionMonths: number, open: boolean, overdue: boolean, dueSoon: boolean, subject: { id: string, displayName: string } } | null } | null> | null } };

export type RequestSubjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestSubjectsQuery = { me: { id: string, memberships: Array<{ id: string, kind: MembershipKind, endedAt: unknown, organisation: { id: string, name: string, memberships: { edges: Array<{ node: { id: string, kind: MembershipKind, endedAt: unknown, user: { id: string, displayName: string, email: string } } | null } | null> | null } } }> | null } };

export type RequestDetailQueryVariables = Exact<{
  id: string | number;
  staff: boolean;
}>;


export type RequestDetailQuery = { node:
    | { __typename: 'ActivityEvent' }
    | { __typename: 'AuditEntry' }
    | { __typename: 'CommunicationPreference' }
    | { __typename: 'Consent' }
    | { __typename: 'ConsentEvent' }
    | { __typename: 'DataPurpose' }
    | { __typename: 'ExportArchive' }
    | { __typename: 'FinancialRecord' }
    | { __typename: 'LearningRecord' }
    | { __typename: 'LegalHold' }
    | { __typename: 'Membership' }
    | { __typename: 'Notification' }
    | { __typename: 'Organisation' }
    | { __typename: 'PolicyAcceptance' }
    | { __typename: 'PolicyVersion' }
    | { __typename: 'Profile' }
    | { __typename: 'RequestEvent' }
    | { __typename: 'RequestMessage' }
    | { __typename: 'RightsRequest', id: string, type: RequestType, state: RequestState, description: string, rectificationField: string, rectificationValue: string, objectionProcessing: string, portabilityRecipient: string, receivedAt: unknown, dueAt: unknown, pausedAt: unknown, extensionMonths: number, extensionReason: string, rejectionReason: RejectionReason | null, rejectionExplanation: string, closedAt: unknown, open: boolean, overdue: boolean, dueSoon: boolean, availableActions: Array<RequestAction>, possiblyRepetitive?: boolean, subject: { id: string, displayName: string, email?: string }, submittedBy?: { id: string, displayName: string } | null, organisation?: { id: string, name: string } | null, timeline: Array<{ id: string, actorName: string, fromState: string, toState: string, note: string, occurredAt: unknown }>, conversation: Array<{ id: string, authorName: string, authorRole: ActorRole, body: string, sentAt: unknown }> }
    | { __typename: 'SuppressionEntry' }
    | { __typename: 'SurveyAnswer' }
    | { __typename: 'User' }
   | null };

export type RequestQueueQueryVariables = Exact<{
  filter?: RequestQueueFilter | null | undefined;
}>;


export type RequestQueueQuery = { requestQueue: { totalCount: number, edges: Array<{ node: { id: string, type: RequestType, state: RequestState, receivedAt: unknown, dueAt: unknown, open: boolean, overdue: boolean, dueSoon: boolean, possiblyRepetitive: boolean, subject: { id: string, displayName: string }, submittedBy: { id: string, displayName: string } | null, organisation: { id: string, name: string } | null } | null } | null> | null } };

export type QueueSetupQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueSetupQuery = { requestFigures: { total: { open: number, overdue: number, dueSoon: number, completedThisMonth: number, medianDaysToClose: number | null }, byType: Array<{ type: RequestType, figures: { open: number, overdue: number, dueSoon: number, completedThisMonth: number, medianDaysToClose: number | null } }> }, organisations: { edges: Array<{ node: { id: string, name: string } | null } | null> | null } };

export type FiguresFragment = { open: number, overdue: number, dueSoon: number, completedThisMonth: number, medianDaysToClose: number | null };

export type SubmitRequestMutationVariables = Exact<{
  input: SubmitRequestInput;
}>;


export type SubmitRequestMutation = { submitRequest: { id: string, state: RequestState, dueAt: unknown } };

export type CancelRequestMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type CancelRequestMutation = { cancelRequest: { id: string, state: RequestState } };

export type StartRequestMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type StartRequestMutation = { startRequest: { id: string, state: RequestState } };

export type RequestInformationMutationVariables = Exact<{
  id: string | number;
  message: string;
}>;


export type RequestInformationMutation = { requestInformation: { id: string, state: RequestState } };

export type ProvideInformationMutationVariables = Exact<{
  id: string | number;
  message: string;
}>;


export type ProvideInformationMutation = { provideInformation: { id: string, state: RequestState } };

export type ExtendRequestMutationVariables = Exact<{
  id: string | number;
  months: number;
  reason: string;
}>;


export type ExtendRequestMutation = { extendRequest: { id: string, state: RequestState, dueAt: unknown } };

export type RejectRequestMutationVariables = Exact<{
  id: string | number;
  reason: RejectionReason;
  explanation: string;
}>;


export type RejectRequestMutation = { rejectRequest: { id: string, state: RequestState } };

export type CompleteRequestMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type CompleteRequestMutation = { completeRequest: { id: string, state: RequestState } };

export type SendRequestMessageMutationVariables = Exact<{
  id: string | number;
  body: string;
}>;


export type SendRequestMessageMutation = { sendRequestMessage: { id: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const FiguresFragmentDoc = new TypedDocumentString(`
    fragment Figures on RequestFigures {
  open
  overdue
  dueSoon
  completedThisMonth
  medianDaysToClose
}
    `, {"fragmentName":"Figures"}) as unknown as TypedDocumentString<FiguresFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const MyRequestsDocument = new TypedDocumentString(`
    query MyRequests {
  myRequests(first: 50) {
    totalCount
    edges {
      node {
        id
        type
        state
        receivedAt
        dueAt
        closedAt
        extensionMonths
        open
        overdue
        dueSoon
        subject {
          id
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyRequestsQuery, MyRequestsQueryVariables>;
export const RequestSubjectsDocument = new TypedDocumentString(`
    query RequestSubjects {
  me {
    id
    memberships {
      id
      kind
      endedAt
      organisation {
        id
        name
        memberships(first: 500) {
          edges {
            node {
              id
              kind
              endedAt
              user {
                id
                displayName
                email
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RequestSubjectsQuery, RequestSubjectsQueryVariables>;
export const RequestDetailDocument = new TypedDocumentString(`
    query RequestDetail($id: ID!, $staff: Boolean!) {
  node(id: $id) {
    __typename
    ... on RightsRequest {
      id
      type
      state
      description
      rectificationField
      rectificationValue
      objectionProcessing
      portabilityRecipient
      receivedAt
      dueAt
      pausedAt
      extensionMonths
      extensionReason
      rejectionReason
      rejectionExplanation
      closedAt
      open
      overdue
      dueSoon
      availableActions
      possiblyRepetitive @include(if: $staff)
      subject {
        id
        displayName
        email @include(if: $staff)
      }
      submittedBy @include(if: $staff) {
        id
        displayName
      }
      organisation @include(if: $staff) {
        id
        name
      }
      timeline {
        id
        actorName
        fromState
        toState
        note
        occurredAt
      }
      conversation {
        id
        authorName
        authorRole
        body
        sentAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RequestDetailQuery, RequestDetailQueryVariables>;
export const RequestQueueDocument = new TypedDocumentString(`
    query RequestQueue($filter: RequestQueueFilter) {
  requestQueue(first: 100, filter: $filter) {
    totalCount
    edges {
      node {
        id
        type
        state
        receivedAt
        dueAt
        open
        overdue
        dueSoon
        possiblyRepetitive
        subject {
          id
          displayName
        }
        submittedBy {
          id
          displayName
        }
        organisation {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RequestQueueQuery, RequestQueueQueryVariables>;
export const QueueSetupDocument = new TypedDocumentString(`
    query QueueSetup {
  requestFigures {
    total {
      ...Figures
    }
    byType {
      type
      figures {
        ...Figures
      }
    }
  }
  organisations(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    fragment Figures on RequestFigures {
  open
  overdue
  dueSoon
  completedThisMonth
  medianDaysToClose
}`) as unknown as TypedDocumentString<QueueSetupQuery, QueueSetupQueryVariables>;
export const SubmitRequestDocument = new TypedDocumentString(`
    mutation SubmitRequest($input: SubmitRequestInput!) {
  submitRequest(input: $input) {
    id
    state
    dueAt
  }
}
    `) as unknown as TypedDocumentString<SubmitRequestMutation, SubmitRequestMutationVariables>;
export const CancelRequestDocument = new TypedDocumentString(`
    mutation CancelRequest($id: ID!, $reason: String) {
  cancelRequest(id: $id, reason: $reason) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<CancelRequestMutation, CancelRequestMutationVariables>;
export const StartRequestDocument = new TypedDocumentString(`
    mutation StartRequest($id: ID!, $note: String) {
  startRequest(id: $id, note: $note) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<StartRequestMutation, StartRequestMutationVariables>;
export const RequestInformationDocument = new TypedDocumentString(`
    mutation RequestInformation($id: ID!, $message: String!) {
  requestInformation(id: $id, message: $message) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<RequestInformationMutation, RequestInformationMutationVariables>;
export const ProvideInformationDocument = new TypedDocumentString(`
    mutation ProvideInformation($id: ID!, $message: String!) {
  provideInformation(id: $id, message: $message) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ProvideInformationMutation, ProvideInformationMutationVariables>;
export const ExtendRequestDocument = new TypedDocumentString(`
    mutation ExtendRequest($id: ID!, $months: Int!, $reason: String!) {
  extendRequest(id: $id, months: $months, reason: $reason) {
    id
    state
    dueAt
  }
}
    `) as unknown as TypedDocumentString<ExtendRequestMutation, ExtendRequestMutationVariables>;
export const RejectRequestDocument = new TypedDocumentString(`
    mutation RejectRequest($id: ID!, $reason: RejectionReason!, $explanation: String!) {
  rejectRequest(id: $id, reason: $reason, explanation: $explanation) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<RejectRequestMutation, RejectRequestMutationVariables>;
export const CompleteRequestDocument = new TypedDocumentString(`
    mutation CompleteRequest($id: ID!, $note: String) {
  completeRequest(id: $id, note: $note) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<CompleteRequestMutation, CompleteRequestMutationVariables>;
export const SendRequestMessageDocument = new TypedDocumentString(`
    mutation SendRequestMessage($id: ID!, $body: String!) {
  sendRequestMessage(id: $id, body: $body) {
    id
  }
}
    `) as unknown as TypedDocumentString<SendRequestMessageMutation, SendRequestMessageMutationVariables>;