import { graphql } from '../gql';

// The rights-request operations (graph/request.graphqls); `npm run codegen`
// types them into ../gql. Fields that only staff may read are asked for with
// @include(if: $staff), so a learner's query never touches them.

export const MyRequestsQuery = graphql(`
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
          submitterName
          subject {
            id
            displayName
          }
        }
      }
    }
  }
`);

/** An employer admin's current employees: whom they may submit a request for. */
export const RequestSubjectsQuery = graphql(`
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
`);

/** What an erasure deletes and keeps (graph/outcome.graphqls): the preview, then the receipt. */
export const ErasureReportFields = graphql(`
  fragment ErasureReportFields on ErasureReport {
    at
    erased {
      category
      description
      count
    }
    kept {
      category
      description
      reason
      until
      count
    }
    holds {
      kind
      reason
    }
  }
`);

/** What erasing the person would do now: the viewer (no subjectID), or an admin's employee. */
export const ErasurePreviewQuery = graphql(`
  query ErasurePreview($subjectID: ID) {
    erasurePreview(subjectID: $subjectID) {
      ...ErasureReportFields
    }
  }
`);

export const RequestDetailQuery = graphql(`
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
        erasureScheduledAt
        erasurePreview {
          ...ErasureReportFields
        }
        erasureReceipt {
          ...ErasureReportFields
        }
        exportArchive {
          id
          state
          progress
          sizeBytes
          sha256
          readyAt
          expiresAt
          downloadURL
          files {
            name
            size
            sha256
          }
        }
        subject {
          id
          displayName
          email @include(if: $staff)
          status @include(if: $staff)
        }
        submitterName
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
`);

export const RequestQueueQuery = graphql(`
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
`);

/** What the queue page needs once: its figures and the organisations to filter by. */
export const QueueSetupQuery = graphql(`
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
  }
`);

export const SubmitRequestMutation = graphql(`
  mutation SubmitRequest($input: SubmitRequestInput!) {
    submitRequest(input: $input) {
      id
      state
      dueAt
    }
  }
`);

export const CancelRequestMutation = graphql(`
  mutation CancelRequest($id: ID!, $reason: String) {
    cancelRequest(id: $id, reason: $reason) {
      id
      state
    }
  }
`);

export const StartRequestMutation = graphql(`
  mutation StartRequest($id: ID!, $note: String) {
    startRequest(id: $id, note: $note) {
      id
      state
    }
  }
`);

export const RequestInformationMutation = graphql(`
  mutation RequestInformation($id: ID!, $message: String!) {
    requestInformation(id: $id, message: $message) {
      id
      state
    }
  }
`);

export const ProvideInformationMutation = graphql(`
  mutation ProvideInformation($id: ID!, $message: String!) {
    provideInformation(id: $id, message: $message) {
      id
      state
    }
  }
`);

export const ExtendRequestMutation = graphql(`
  mutation ExtendRequest($id: ID!, $months: Int!, $reason: String!) {
    extendRequest(id: $id, months: $months, reason: $reason) {
      id
      state
      dueAt
    }
  }
`);

export const RejectRequestMutation = graphql(`
  mutation RejectRequest($id: ID!, $reason: RejectionReason!, $explanation: String!) {
    rejectRequest(id: $id, reason: $reason, explanation: $explanation) {
      id
      state
    }
  }
`);

export const CompleteRequestMutation = graphql(`
  mutation CompleteRequest($id: ID!, $note: String) {
    completeRequest(id: $id, note: $note) {
      id
      state
    }
  }
`);

export const SendRequestMessageMutation = graphql(`
  mutation SendRequestMessage($id: ID!, $body: String!) {
    sendRequestMessage(id: $id, body: $body) {
      id
    }
  }
`);

/** Staff end the restriction of processing of a person's account (graph/outcome.graphqls). */
export const LiftRestrictionMutation = graphql(`
  mutation LiftRestriction($userID: ID!, $note: String!) {
    liftRestriction(userID: $userID, note: $note) {
      id
      status
    }
  }
`);
