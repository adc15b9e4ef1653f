import { graphql } from '../gql';

// The learner's own account (graph/account.graphqls, graph/profile.graphqls and the User edges of
// graph/ent.graphql); `npm run codegen` types them into ../gql. Every long list is a Relay
// connection: a page's query asks for the first page, and the `...Page` queries fetch the next
// page (or the first page in another order) on demand. Never more than a page at a time.

// --- the nodes of the long lists ------------------------------------------------------------

export const ActivityFields = graphql(`
  fragment ActivityFields on ActivityEvent {
    id
    kind
    occurredAt
    ipAddress
    userAgent
    detail
  }
`);

export const LearningFields = graphql(`
  fragment LearningFields on LearningRecord {
    id
    courseTitle
    courseCode
    status
    registeredAt
    completedAt
    cpdHours
    certificateNumber
    certificateName
  }
`);

export const FinancialFields = graphql(`
  fragment FinancialFields on FinancialRecord {
    id
    kind
    reference
    description
    amountPence
    currency
    occurredAt
    billingName
    billingAddress
  }
`);

export const SurveyFields = graphql(`
  fragment SurveyFields on SurveyAnswer {
    id
    survey
    question
    answer
    answeredAt
  }
`);

export const NotificationFields = graphql(`
  fragment NotificationFields on Notification {
    id
    subject
    createdAt
    sentAt
    status
  }
`);

export const AccessFields = graphql(`
  fragment AccessFields on AuditEntry {
    id
    occurredAt
    actorRole
    actorName
    action
    entity
    count
    actorOrganisation {
      id
      name
    }
  }
`);

export const ProfileFields = graphql(`
  fragment ProfileFields on Profile {
    id
    firstName
    lastName
    username
    dateOfBirth
    gender
    phone
    addressLine1
    addressLine2
    town
    postcode
    country
    jobTitle
    qualifications
    subjectsTaught
    ageGroupsTaught
    interests
  }
`);

export const PurposeFields = graphql(`
  fragment PurposeFields on DataPurpose {
    id
    key
    name
    description
    category
    lawfulBasis
    recipients
    objectable
  }
`);

// --- My data ---------------------------------------------------------------------------------

/** Everything held, by category, with the first page of each long list. */
export const MyDataQuery = graphql(`
  query MyData(
    $activityOrder: ActivityEventOrder!
    $learningOrder: LearningRecordOrder!
    $financialOrder: FinancialRecordOrder!
    $surveyOrder: SurveyAnswerOrder!
    $notificationOrder: NotificationOrder!
  ) {
    me {
      id
      email
      status
      createdAt
      lastLoginAt
      profile {
        ...ProfileFields
      }
      dataHeld {
        category
        purposes {
          retention
          keptUntil
          purpose {
            ...PurposeFields
          }
        }
      }
      communicationPreferences {
        id
        channel
        topic
        enabled
      }
      consents {
        id
        state
        changedAt
        purpose {
          id
        }
      }
      learningRecords(first: 10, orderBy: $learningOrder) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...LearningFields
          }
        }
      }
      financialRecords(first: 10, orderBy: $financialOrder) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...FinancialFields
          }
        }
      }
      surveyAnswers(first: 10, orderBy: $surveyOrder) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...SurveyFields
          }
        }
      }
      activityEvents(first: 10, orderBy: $activityOrder) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...ActivityFields
          }
        }
      }
      notifications(first: 10, orderBy: $notificationOrder) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...NotificationFields
          }
        }
      }
    }
  }
`);

export const ActivityPageQuery = graphql(`
  query ActivityPage($first: Int!, $after: Cursor, $orderBy: ActivityEventOrder!) {
    me {
      id
      activityEvents(first: $first, after: $after, orderBy: $orderBy) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...ActivityFields
          }
        }
      }
    }
  }
`);

export const LearningPageQuery = graphql(`
  query LearningPage($first: Int!, $after: Cursor, $orderBy: LearningRecordOrder!) {
    me {
      id
      learningRecords(first: $first, after: $after, orderBy: $orderBy) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...LearningFields
          }
        }
      }
    }
  }
`);

export const FinancialPageQuery = graphql(`
  query FinancialPage($first: Int!, $after: Cursor, $orderBy: FinancialRecordOrder!) {
    me {
      id
      financialRecords(first: $first, after: $after, orderBy: $orderBy) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...FinancialFields
          }
        }
      }
    }
  }
`);

export const SurveyPageQuery = graphql(`
  query SurveyPage($first: Int!, $after: Cursor, $orderBy: SurveyAnswerOrder!) {
    me {
      id
      surveyAnswers(first: $first, after: $after, orderBy: $orderBy) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...SurveyFields
          }
        }
      }
    }
  }
`);

export const NotificationPageQuery = graphql(`
  query NotificationPage($first: Int!, $after: Cursor, $orderBy: NotificationOrder!) {
    me {
      id
      notifications(first: $first, after: $after, orderBy: $orderBy) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...NotificationFields
          }
        }
      }
    }
  }
`);

// --- Correct my data -------------------------------------------------------------------------

export const MyProfileQuery = graphql(`
  query MyProfile($learningOrder: LearningRecordOrder!) {
    me {
      id
      email
      profile {
        ...ProfileFields
      }
      learningRecords(first: 10, orderBy: $learningOrder) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...LearningFields
          }
        }
      }
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...ProfileFields
    }
  }
`);

// --- Communication preferences ---------------------------------------------------------------

export const MyPreferencesQuery = graphql(`
  query MyPreferences {
    me {
      id
      communicationPreferences {
        id
        channel
        topic
        enabled
      }
    }
  }
`);

export const SetPreferenceMutation = graphql(`
  mutation SetCommunicationPreference($channel: Channel!, $topic: Topic!, $enabled: Boolean!) {
    setCommunicationPreference(channel: $channel, topic: $topic, enabled: $enabled) {
      id
      channel
      topic
      enabled
    }
  }
`);

export const UnsubscribeAllMutation = graphql(`
  mutation UnsubscribeFromAllMarketing {
    unsubscribeFromAllMarketing {
      id
      channel
      topic
      enabled
    }
  }
`);

// --- Consents and objections -----------------------------------------------------------------

export const MyConsentsQuery = graphql(`
  query MyConsents {
    me {
      id
      dataHeld {
        category
        purposes {
          purpose {
            ...PurposeFields
          }
        }
      }
      consents {
        ...ConsentFields
      }
    }
  }
`);

export const ConsentFields = graphql(`
  fragment ConsentFields on Consent {
    id
    state
    changedAt
    purpose {
      id
    }
    policyVersion {
      id
      version
    }
    history {
      id
      kind
      occurredAt
      actorRole
      source
      policyVersion {
        id
        version
      }
    }
  }
`);

export const GiveConsentMutation = graphql(`
  mutation GiveConsent($purposeID: ID!) {
    giveConsent(purposeID: $purposeID) {
      ...ConsentFields
    }
  }
`);

export const WithdrawConsentMutation = graphql(`
  mutation WithdrawConsent($purposeID: ID!) {
    withdrawConsent(purposeID: $purposeID) {
      ...ConsentFields
    }
  }
`);

export const ObjectMutation = graphql(`
  mutation ObjectToProcessing($purposeID: ID!) {
    objectToProcessing(purposeID: $purposeID) {
      ...ConsentFields
    }
  }
`);

export const WithdrawObjectionMutation = graphql(`
  mutation WithdrawObjection($purposeID: ID!) {
    withdrawObjection(purposeID: $purposeID) {
      ...ConsentFields
    }
  }
`);

// --- Privacy policy --------------------------------------------------------------------------

export const MyPolicyQuery = graphql(`
  query MyPolicy {
    policyVersions {
      id
      version
      title
      summary
      body
      publishedAt
    }
    me {
      id
      mustReviewPolicy
      policyAcceptances {
        id
        acceptedAt
        policyVersion {
          id
          version
          title
        }
      }
    }
  }
`);

export const AcceptPolicyMutation = graphql(`
  mutation AcceptPolicy($versionID: ID!) {
    acceptPolicy(versionID: $versionID) {
      id
      acceptedAt
      policyVersion {
        id
        version
      }
    }
  }
`);

// --- Who accessed my data --------------------------------------------------------------------

export const AccessLogQuery = graphql(`
  query AccessLog($first: Int!, $after: Cursor) {
    me {
      id
      accessLog(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...AccessFields
          }
        }
      }
    }
  }
`);

/** The learner's self-service download: a completed access request whose archive then builds. */
export const DownloadMyDataMutation = graphql(`
  mutation DownloadMyData {
    downloadMyData {
      id
      exportArchive {
        id
        state
      }
    }
  }
`);
