/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** AccountStatus is enum for the field status */
export type AccountStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'RESTRICTED';

/** Ordering options for ActivityEvent connections */
export type ActivityEventOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order ActivityEvents. */
  field: ActivityEventOrderField;
};

/** Properties by which ActivityEvent connections can be ordered. */
export type ActivityEventOrderField =
  | 'KIND'
  | 'OCCURRED_AT';

/** ActivityKind is enum for the field kind */
export type ActivityKind =
  | 'FEATURE_USE'
  | 'LOGIN'
  | 'PAGE_VIEW';

/** ActorRole is enum for the field actor_role */
export type ActorRole =
  | 'EMPLOYER_ADMIN'
  | 'SELF'
  | 'STAFF'
  | 'SYSTEM';

/** AuditAction is enum for the field action */
export type AuditAction =
  | 'CREATE'
  | 'DELETE'
  | 'DOWNLOAD'
  | 'READ'
  | 'UPDATE';

/** What became of one person of a bulk submission. */
export type BulkOutcome =
  /** The request was submitted; the person is emailed that it was made on their behalf. */
  | 'CREATED'
  /** An open request of this type already exists for the person; nothing was submitted. */
  | 'DUPLICATE'
  /** The row is unusable, e.g. not an email address. */
  | 'INVALID'
  /** Nobody the submitter may act for has that ID or email (unknown people look the same). */
  | 'NOT_IN_ORGANISATION';

/** Channel is enum for the field channel */
export type Channel =
  | 'EMAIL'
  | 'PHONE'
  | 'POST'
  | 'SMS';

/** ConsentEventKind is enum for the field kind */
export type ConsentEventKind =
  | 'CONSENT_EXPIRED'
  | 'CONSENT_GIVEN'
  | 'CONSENT_REFUSED'
  | 'CONSENT_WITHDRAWN'
  | 'OBJECTION_RAISED'
  | 'OBJECTION_WITHDRAWN'
  | 'PREFERENCE_OFF'
  | 'PREFERENCE_ON';

/** ConsentSource is enum for the field source */
export type ConsentSource =
  | 'ACCOUNT_PAGE'
  | 'EMPLOYER_ADMIN'
  | 'GLOBAL_PRIVACY_CONTROL'
  | 'IMPORT'
  | 'REGISTRATION'
  | 'STAFF_CONSOLE'
  | 'UNSUBSCRIBE_LINK';

/** ConsentState is enum for the field state */
export type ConsentState =
  | 'EXPIRED'
  | 'GIVEN'
  | 'OBJECTED'
  | 'OBJECTION_WITHDRAWN'
  | 'REFUSED'
  | 'WITHDRAWN';

/** DataCategory is enum for the field category */
export type DataCategory =
  | 'CONTACT'
  | 'IDENTITY'
  | 'LEARNING'
  | 'MARKETING'
  | 'PROFILE'
  | 'TECHNICAL'
  | 'TRANSACTIONS';

export type EmployeeOrder = {
  direction: OrderDirection;
  field: EmployeeOrderField;
};

/** How the employee directory is sorted. */
export type EmployeeOrderField =
  | 'EMAIL'
  /** The latest sign-in or recorded activity. */
  | 'LAST_ACTIVITY'
  /** Last name, then first name. */
  | 'NAME'
  /** How many requests about the employee are open. */
  | 'OPEN_REQUESTS';

/** ExportState is enum for the field state */
export type ExportState =
  | 'BUILDING'
  | 'EXPIRED'
  | 'FAILED'
  | 'PENDING'
  | 'READY';

/** FinancialRecordKind is enum for the field kind */
export type FinancialRecordKind =
  | 'INVOICE'
  | 'PAYMENT'
  | 'PURCHASE'
  | 'REFUND';

/** Ordering options for FinancialRecord connections */
export type FinancialRecordOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order FinancialRecords. */
  field: FinancialRecordOrderField;
};

/** Properties by which FinancialRecord connections can be ordered. */
export type FinancialRecordOrderField =
  | 'CREATED_AT'
  | 'OCCURRED_AT'
  | 'UPDATED_AT';

/** LawfulBasis is enum for the field lawful_basis */
export type LawfulBasis =
  | 'CONSENT'
  | 'CONTRACT'
  | 'LEGAL_OBLIGATION'
  | 'LEGITIMATE_INTERESTS';

/** Ordering options for LearningRecord connections */
export type LearningRecordOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order LearningRecords. */
  field: LearningRecordOrderField;
};

/** Properties by which LearningRecord connections can be ordered. */
export type LearningRecordOrderField =
  | 'COMPLETED_AT'
  | 'COURSE_TITLE'
  | 'CREATED_AT'
  | 'REGISTERED_AT'
  | 'STATUS'
  | 'UPDATED_AT';

/** LearningStatus is enum for the field status */
export type LearningStatus =
  | 'COMPLETED'
  | 'ENROLLED'
  | 'REGISTERED'
  | 'WITHDRAWN';

/** MembershipKind is enum for the field kind */
export type MembershipKind =
  | 'ADMIN'
  | 'EMPLOYEE';

/** Ordering options for Notification connections */
export type NotificationOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Notifications. */
  field: NotificationOrderField;
};

/** Properties by which Notification connections can be ordered. */
export type NotificationOrderField =
  | 'CREATED_AT';

/** NotificationStatus is enum for the field status */
export type NotificationStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'SENT';

/** Possible directions in which to order a list of items when provided an `orderBy` argument. */
export type OrderDirection =
  /** Specifies an ascending order for a given `orderBy` argument. */
  | 'ASC'
  /** Specifies a descending order for a given `orderBy` argument. */
  | 'DESC';

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

/**
 * One request type for many people at once: an employer admin offboarding a team, by multi-select
 * (subjectIDs) or from a CSV of email addresses (emails); at most 1000 in all.
 */
export type SubmitRequestsInput = {
  /** One note for every request (at most 5000 characters). */
  description?: string | null | undefined;
  emails?: Array<string> | null | undefined;
  subjectIDs?: Array<string | number> | null | undefined;
  type: RequestType;
};

/** Ordering options for SurveyAnswer connections */
export type SurveyAnswerOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order SurveyAnswers. */
  field: SurveyAnswerOrderField;
};

/** Properties by which SurveyAnswer connections can be ordered. */
export type SurveyAnswerOrderField =
  | 'ANSWERED_AT'
  | 'CREATED_AT'
  | 'UPDATED_AT';

/** Topic is enum for the field topic */
export type Topic =
  | 'NEWSLETTERS'
  | 'PARTNER_OFFERS'
  | 'SERVICE'
  | 'SURVEYS'
  | 'TRAINING_EVENTS';

/**
 * Changes to a profile. Omitted fields stay as they are; an empty string clears a text field, and
 * an empty list clears a list.
 */
export type UpdateProfileInput = {
  addressLine1?: string | null | undefined;
  addressLine2?: string | null | undefined;
  ageGroupsTaught?: Array<string> | null | undefined;
  /** Clears the date of birth when true. */
  clearDateOfBirth?: boolean | null | undefined;
  country?: string | null | undefined;
  /** Date of birth; must be in the past and make the person at least 13 years old. */
  dateOfBirth?: unknown;
  /** Given name, at most 100 characters. */
  firstName?: string | null | undefined;
  /** Gender, in the person's own words, at most 64 characters. */
  gender?: string | null | undefined;
  interests?: Array<string> | null | undefined;
  jobTitle?: string | null | undefined;
  /** Family name, at most 100 characters. */
  lastName?: string | null | undefined;
  /** Telephone number: digits, spaces, brackets and hyphens, optionally starting with +; 7 to 15 digits. */
  phone?: string | null | undefined;
  /**
   * A UK postcode such as SW1A 1AA when the country is the United Kingdom (or empty); stored in
   * upper case with a single space.
   */
  postcode?: string | null | undefined;
  /** At most 50 entries of at most 100 characters each; the same limits apply to the lists below. */
  qualifications?: Array<string> | null | undefined;
  subjectsTaught?: Array<string> | null | undefined;
  town?: string | null | undefined;
  /** 3 to 64 characters: letters, digits, dot, hyphen and underscore. */
  username?: string | null | undefined;
};

/** UserRole is enum for the field role */
export type UserRole =
  | 'EMPLOYER_ADMIN'
  | 'LEARNER'
  | 'STAFF';

export type ActivityFieldsFragment = { id: string, kind: ActivityKind, occurredAt: unknown, ipAddress: string, userAgent: string, detail: string };

export type LearningFieldsFragment = { id: string, courseTitle: string, courseCode: string, status: LearningStatus, registeredAt: unknown, completedAt: unknown, cpdHours: number, certificateNumber: string, certificateName: string };

export type FinancialFieldsFragment = { id: string, kind: FinancialRecordKind, reference: string, description: string, amountPence: number, currency: string, occurredAt: unknown, billingName: string, billingAddress: string };

export type SurveyFieldsFragment = { id: string, survey: string, question: string, answer: string, answeredAt: unknown };

export type NotificationFieldsFragment = { id: string, subject: string, createdAt: unknown, sentAt: unknown, status: NotificationStatus };

export type AccessFieldsFragment = { id: string, occurredAt: unknown, actorRole: ActorRole, actorName: string, action: AuditAction, entity: string, count: number, actorOrganisation: { id: string, name: string } | null };

export type ProfileFieldsFragment = { id: string, firstName: string, lastName: string, username: string, dateOfBirth: unknown, gender: string, phone: string, addressLine1: string, addressLine2: string, town: string, postcode: string, country: string, jobTitle: string, qualifications: Array<string> | null, subjectsTaught: Array<string> | null, ageGroupsTaught: Array<string> | null, interests: Array<string> | null };

export type PurposeFieldsFragment = { id: string, key: string, name: string, description: string, category: DataCategory, lawfulBasis: LawfulBasis, recipients: Array<string> | null, objectable: boolean };

export type MyDataQueryVariables = Exact<{
  activityOrder: ActivityEventOrder;
  learningOrder: LearningRecordOrder;
  financialOrder: FinancialRecordOrder;
  surveyOrder: SurveyAnswerOrder;
  notificationOrder: NotificationOrder;
}>;


export type MyDataQuery = { me: { id: string, email: string, status: AccountStatus, createdAt: unknown, lastLoginAt: unknown, profile: { id: string, firstName: string, lastName: string, username: string, dateOfBirth: unknown, gender: string, phone: string, addressLine1: string, addressLine2: string, town: string, postcode: string, country: string, jobTitle: string, qualifications: Array<string> | null, subjectsTaught: Array<string> | null, ageGroupsTaught: Array<string> | null, interests: Array<string> | null } | null, dataHeld: Array<{ category: DataCategory, purposes: Array<{ retention: string, keptUntil: unknown, purpose: { id: string, key: string, name: string, description: string, category: DataCategory, lawfulBasis: LawfulBasis, recipients: Array<string> | null, objectable: boolean } }> }>, communicationPreferences: Array<{ id: string, channel: Channel, topic: Topic, enabled: boolean }> | null, consents: Array<{ id: string, state: ConsentState, changedAt: unknown, purpose: { id: string } }> | null, learningRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: unknown }, edges: Array<{ node: { id: string, courseTitle: string, courseCode: string, status: LearningStatus, registeredAt: unknown, completedAt: unknown, cpdHours: number, certificateNumber: string, certificateName: string } | null } | null> | null }, financialRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: unknown }, edges: Array<{ node: { id: string, kind: FinancialRecordKind, reference: string, description: string, amountPence: number, currency: string, occurredAt: unknown, billingName: string, billingAddress: string } | null } | null> | null }, surveyAnswers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: unknown }, edges: Array<{ node: { id: string, survey: string, question: string, answer: string, answeredAt: unknown } | null } | null> | null }, activityEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: unknown }, edges: Array<{ node: { id: string, kind: ActivityKind, occurredAt: unknown, ipAddress: string, userAgent: string, detail: string } | null } | null> | null }, notifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: unknown }, edges: Array<{ node: { id: string, subject: string, createdAt: unknown, sentAt: unknown, status: NotificationStatus } | null } | null> | null } } };

export type ActivityPageQueryVariables = Exact<{
  first: number;
  after?: unknown;
  orderBy: ActivityEventOrder;
}>;


export type ActivityPageQuery = { me: { id: string, activityEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: unknown }, edges: Array<{ node: { id: string, kind: ActivityKind, occurredAt: unknown, ipAddress: string, userAgent: string, detail: string } | null } | null> | null } } };

export type LearningPageQueryVariables = Exact<{
  first: number;
  after?: unknown;
  orderBy: LearningRecordOrder;
}>;


export type LearningPageQuery = { me: { id: string, learningRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: unknown }, edges: Array<{ node: { id: string, courseTitle: string, courseCode: string, status: LearningStatus, registeredAt: unknown, completedAt: unknown, cpdHours: number, certificateNumber: string, certificateName: string } | null } | null> | null } } };

export type FinancialPageQueryVariables = Exact<{
  first: number;
  after?: unknown;
  orderBy: FinancialRecordOrder;
}>;


export type FinancialPageQuery = { me: { id: string, financialRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: unknown }, edges: Array<{ node: { id: string, kind: FinancialRecordKind, reference: string, description: string, amountPence: number, currency: string, occurredAt: unknown, billingName: string, billingAddress: string } | null } | null> | null } } };

export type SurveyPageQueryVariables = Exact<{
  first: number;
  after?: unknown;
  orderBy: SurveyAnswerOrder;
}>;


export type SurveyPageQuery = { me: { id: string, surveyAnswers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: unknown }, edges: Array<{ node: { id: string, survey: string, question: string, answer: string, answeredAt: unknown } | null } | null> | null } } };

export type NotificationPageQueryVariables = Exact<{
  first: number;
  after?: unknown;
  orderBy: NotificationOrder;
}>;


export type NotificationPageQuery = { me: { id: string, notifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: unknown }, edges: Array<{ node: { id: string, subject: string, createdAt: unknown, sentAt: unknown, status: NotificationStatus } | null } | null> | null } } };

export type MyProfileQueryVariables = Exact<{
  learningOrder: LearningRecordOrder;
}>;


export type MyProfileQuery = { me: { id: string, email: string, profile: { id: string, firstName: string, lastName: string, username: string, dateOfBirth: unknown, gender: string, phone: string, addressLine1: string, addressLine2: string, town: string, postcode: string, country: string, jobTitle: string, qualifications: Array<string> | null, subjectsTaught: Array<string> | null, ageGroupsTaught: Array<string> | null, interests: Array<string> | null } | null, learningRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: unknown }, edges: Array<{ node: { id: string, courseTitle: string, courseCode: string, status: LearningStatus, registeredAt: unknown, completedAt: unknown, cpdHours: number, certificateNumber: string, certificateName: string } | null } | null> | null } } };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, firstName: string, lastName: string, username: string, dateOfBirth: unknown, gender: string, phone: string, addressLine1: string, addressLine2: string, town: string, postcode: string, country: string, jobTitle: string, qualifications: Array<string> | null, subjectsTaught: Array<string> | null, ageGroupsTaught: Array<string> | null, interests: Array<string> | null } };

export type MyPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPreferencesQuery = { me: { id: string, communicationPreferences: Array<{ id: string, channel: Channel, topic: Topic, enabled: boolean }> | null } };

export type SetCommunicationPreferenceMutationVariables = Exact<{
  channel: Channel;
  topic: Topic;
  enabled: boolean;
}>;


export type SetCommunicationPreferenceMutation = { setCommunicationPreference: { id: string, channel: Channel, topic: Topic, enabled: boolean } };

export type UnsubscribeFromAllMarketingMutationVariables = Exact<{ [key: string]: never; }>;


export type UnsubscribeFromAllMarketingMutation = { unsubscribeFromAllMarketing: Array<{ id: string, channel: Channel, topic: Topic, enabled: boolean }> };

export type MyConsentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyConsentsQuery = { me: { id: string, dataHeld: Array<{ category: DataCategory, purposes: Array<{ purpose: { id: string, key: string, name: string, description: string, category: DataCategory, lawfulBasis: LawfulBasis, recipients: Array<string> | null, objectable: boolean } }> }>, consents: Array<{ id: string, state: ConsentState, changedAt: unknown, purpose: { id: string }, policyVersion: { id: string, version: string } | null, history: Array<{ id: string, kind: ConsentEventKind, occurredAt: unknown, actorRole: ActorRole, source: ConsentSource, policyVersion: { id: string, version: string } | null }> | null }> | null } };

export type ConsentFieldsFragment = { id: string, state: ConsentState, changedAt: unknown, purpose: { id: string }, policyVersion: { id: string, version: string } | null, history: Array<{ id: string, kind: ConsentEventKind, occurredAt: unknown, actorRole: ActorRole, source: ConsentSource, policyVersion: { id: string, version: string } | null }> | null };

export type GiveConsentMutationVariables = Exact<{
  purposeID: string | number;
}>;


export type GiveConsentMutation = { giveConsent: { id: string, state: ConsentState, changedAt: unknown, purpose: { id: string }, policyVersion: { id: string, version: string } | null, history: Array<{ id: string, kind: ConsentEventKind, occurredAt: unknown, actorRole: ActorRole, source: ConsentSource, policyVersion: { id: string, version: string } | null }> | null } };

export type WithdrawConsentMutationVariables = Exact<{
  purposeID: string | number;
}>;


export type WithdrawConsentMutation = { withdrawConsent: { id: string, state: ConsentState, changedAt: unknown, purpose: { id: string }, policyVersion: { id: string, version: string } | null, history: Array<{ id: string, kind: ConsentEventKind, occurredAt: unknown, actorRole: ActorRole, source: ConsentSource, policyVersion: { id: string, version: string } | null }> | null } };

export type ObjectToProcessingMutationVariables = Exact<{
  purposeID: string | number;
}>;


export type ObjectToProcessingMutation = { objectToProcessing: { id: string, state: ConsentState, changedAt: unknown, purpose: { id: string }, policyVersion: { id: string, version: string } | null, history: Array<{ id: string, kind: ConsentEventKind, occurredAt: unknown, actorRole: ActorRole, source: ConsentSource, policyVersion: { id: string, version: string } | null }> | null } };

export type WithdrawObjectionMutationVariables = Exact<{
  purposeID: string | number;
}>;


export type WithdrawObjectionMutation = { withdrawObjection: { id: string, state: ConsentState, changedAt: unknown, purpose: { id: string }, policyVersion: { id: string, version: string } | null, history: Array<{ id: string, kind: ConsentEventKind, occurredAt: unknown, actorRole: ActorRole, source: ConsentSource, policyVersion: { id: string, version: string } | null }> | null } };

export type MyPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPolicyQuery = { policyVersions: Array<{ id: string, version: string, title: string, summary: string, body: string, publishedAt: unknown }>, me: { id: string, mustReviewPolicy: boolean, policyAcceptances: Array<{ id: string, acceptedAt: unknown, policyVersion: { id: string, version: string, title: string } }> | null } };

export type AcceptPolicyMutationVariables = Exact<{
  versionID: string | number;
}>;


export type AcceptPolicyMutation = { acceptPolicy: { id: string, acceptedAt: unknown, policyVersion: { id: string, version: string } } };

export type AccessLogQueryVariables = Exact<{
  first: number;
  after?: unknown;
}>;


export type AccessLogQuery = { me: { id: string, accessLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: unknown }, edges: Array<{ node: { id: string, occurredAt: unknown, actorRole: ActorRole, actorName: string, action: AuditAction, entity: string, count: number, actorOrganisation: { id: string, name: string } | null } | null } | null> | null } } };

export type DownloadMyDataMutationVariables = Exact<{ [key: string]: never; }>;


export type DownloadMyDataMutation = { downloadMyData: { id: string, exportArchive: { id: string, state: ExportState } | null } };

export type EmployeesQueryVariables = Exact<{
  search?: string | null | undefined;
  orderBy?: EmployeeOrder | null | undefined;
  first: number;
  after?: string | null | undefined;
  withTotal: boolean;
}>;


export type EmployeesQuery = { me: { id: string, organisation: { id: string, name: string, employees: { endCursor: string, hasNextPage: boolean, totalCount?: number, rows: Array<{ userID: string, name: string, email: string, jobTitle: string, openRequests: number, lastActivityAt: unknown }> } } | null } };

export type SubmitRequestsMutationVariables = Exact<{
  input: SubmitRequestsInput;
}>;


export type SubmitRequestsMutation = { submitRequests: { created: number, refused: number, rows: Array<{ subjectID: string | null, email: string | null, outcome: BulkOutcome, message: string, request: { id: string } | null }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, role: UserRole, mustReviewPolicy: boolean, organisation: { id: string, name: string } | null } };

export type MyRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRequestsQuery = { myRequests: { totalCount: number, edges: Array<{ node: { id: string, type: RequestType, state: RequestState, receivedAt: unknown, dueAt: unknown, closedAt: unknown, extensionMonths: number, open: boolean, overdue: boolean, dueSoon: boolean, submitterName: string | null, subject: { id: string, displayName: string } } | null } | null> | null } };

export type RequestSubjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestSubjectsQuery = { me: { id: string, memberships: Array<{ id: string, kind: MembershipKind, endedAt: unknown, organisation: { id: string, name: string, memberships: { edges: Array<{ node: { id: string, kind: MembershipKind, endedAt: unknown, user: { id: string, displayName: string, email: string } } | null } | null> | null } } }> | null } };

export type ErasureReportFieldsFragment = { at: unknown, erased: Array<{ category: string, description: string, count: number }>, kept: Array<{ category: string, description: string, reason: string, until: unknown, count: number }>, holds: Array<{ kind: string, reason: string }> };

export type ErasurePreviewQueryVariables = Exact<{
  subjectID?: string | number | null | undefined;
}>;


export type ErasurePreviewQuery = { erasurePreview: { at: unknown, erased: Array<{ category: string, description: string, count: number }>, kept: Array<{ category: string, description: string, reason: string, until: unknown, count: number }>, holds: Array<{ kind: string, reason: string }> } };

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
    | { __typename: 'RightsRequest', id: string, type: RequestType, state: RequestState, description: string, rectificationField: string, rectificationValue: string, objectionProcessing: string, portabilityRecipient: string, receivedAt: unknown, dueAt: unknown, pausedAt: unknown, extensionMonths: number, extensionReason: string, rejectionReason: RejectionReason | null, rejectionExplanation: string, closedAt: unknown, open: boolean, overdue: boolean, dueSoon: boolean, availableActions: Array<RequestAction>, possiblyRepetitive?: boolean, erasureScheduledAt: unknown, submitterName: string | null, erasurePreview: { at: unknown, erased: Array<{ category: string, description: string, count: number }>, kept: Array<{ category: string, description: string, reason: string, until: unknown, count: number }>, holds: Array<{ kind: string, reason: string }> } | null, erasureReceipt: { at: unknown, erased: Array<{ category: string, description: string, count: number }>, kept: Array<{ category: string, description: string, reason: string, until: unknown, count: number }>, holds: Array<{ kind: string, reason: string }> } | null, exportArchive: { id: string, state: ExportState, progress: number, sizeBytes: number, sha256: string, readyAt: unknown, expiresAt: unknown, downloadURL: string | null, files: Array<{ name: string, size: number, sha256: string }> } | null, subject: { id: string, displayName: string, email?: string, status?: AccountStatus }, submittedBy?: { id: string, displayName: string } | null, organisation?: { id: string, name: string } | null, timeline: Array<{ id: string, actorName: string, fromState: string, toState: string, note: string, occurredAt: unknown }>, conversation: Array<{ id: string, authorName: string, authorRole: ActorRole, body: string, sentAt: unknown }> }
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

export type LiftRestrictionMutationVariables = Exact<{
  userID: string | number;
  note: string;
}>;


export type LiftRestrictionMutation = { liftRestriction: { id: string, status: AccountStatus } };

export type OrganisationsQueryVariables = Exact<{
  first: number;
  after?: unknown;
}>;


export type OrganisationsQuery = { organisations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: unknown }, edges: Array<{ node: { id: string, name: string, employeeCount: number } | null } | null> | null } };

export type EmployerAdminsQueryVariables = Exact<{
  first: number;
  after?: unknown;
}>;


export type EmployerAdminsQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: unknown }, edges: Array<{ node: { id: string, displayName: string, email: string, memberships: Array<{ id: string, kind: MembershipKind, endedAt: unknown, organisationID: string }> | null } | null } | null> | null } };

export type PersonByEmailQueryVariables = Exact<{
  email: string;
}>;


export type PersonByEmailQuery = { users: { edges: Array<{ node: { id: string, displayName: string, email: string } | null } | null> | null } };

export type CreateOrganisationMutationVariables = Exact<{
  name: string;
}>;


export type CreateOrganisationMutation = { createOrganisation: { id: string, name: string } };

export type AddEmployerAdminMutationVariables = Exact<{
  organisationID: string | number;
  userID: string | number;
}>;


export type AddEmployerAdminMutation = { addEmployerAdmin: { id: string } };

export type RemoveEmployerAdminMutationVariables = Exact<{
  organisationID: string | number;
  userID: string | number;
}>;


export type RemoveEmployerAdminMutation = { removeEmployerAdmin: { id: string } };

export type MoveToOrganisationMutationVariables = Exact<{
  userID: string | number;
  organisationID?: string | number | null | undefined;
}>;


export type MoveToOrganisationMutation = { moveToOrganisation: { id: string } };

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
export const ActivityFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActivityFields on ActivityEvent {
  id
  kind
  occurredAt
  ipAddress
  userAgent
  detail
}
    `, {"fragmentName":"ActivityFields"}) as unknown as TypedDocumentString<ActivityFieldsFragment, unknown>;
export const LearningFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"LearningFields"}) as unknown as TypedDocumentString<LearningFieldsFragment, unknown>;
export const FinancialFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"FinancialFields"}) as unknown as TypedDocumentString<FinancialFieldsFragment, unknown>;
export const SurveyFieldsFragmentDoc = new TypedDocumentString(`
    fragment SurveyFields on SurveyAnswer {
  id
  survey
  question
  answer
  answeredAt
}
    `, {"fragmentName":"SurveyFields"}) as unknown as TypedDocumentString<SurveyFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = new TypedDocumentString(`
    fragment NotificationFields on Notification {
  id
  subject
  createdAt
  sentAt
  status
}
    `, {"fragmentName":"NotificationFields"}) as unknown as TypedDocumentString<NotificationFieldsFragment, unknown>;
export const AccessFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"AccessFields"}) as unknown as TypedDocumentString<AccessFieldsFragment, unknown>;
export const ProfileFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ProfileFields"}) as unknown as TypedDocumentString<ProfileFieldsFragment, unknown>;
export const PurposeFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"PurposeFields"}) as unknown as TypedDocumentString<PurposeFieldsFragment, unknown>;
export const ConsentFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ConsentFields"}) as unknown as TypedDocumentString<ConsentFieldsFragment, unknown>;
export const ErasureReportFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ErasureReportFields"}) as unknown as TypedDocumentString<ErasureReportFieldsFragment, unknown>;
export const FiguresFragmentDoc = new TypedDocumentString(`
    fragment Figures on RequestFigures {
  open
  overdue
  dueSoon
  completedThisMonth
  medianDaysToClose
}
    `, {"fragmentName":"Figures"}) as unknown as TypedDocumentString<FiguresFragment, unknown>;
export const MyDataDocument = new TypedDocumentString(`
    query MyData($activityOrder: ActivityEventOrder!, $learningOrder: LearningRecordOrder!, $financialOrder: FinancialRecordOrder!, $surveyOrder: SurveyAnswerOrder!, $notificationOrder: NotificationOrder!) {
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
    fragment ActivityFields on ActivityEvent {
  id
  kind
  occurredAt
  ipAddress
  userAgent
  detail
}
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
fragment SurveyFields on SurveyAnswer {
  id
  survey
  question
  answer
  answeredAt
}
fragment NotificationFields on Notification {
  id
  subject
  createdAt
  sentAt
  status
}
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
fragment PurposeFields on DataPurpose {
  id
  key
  name
  description
  category
  lawfulBasis
  recipients
  objectable
}`) as unknown as TypedDocumentString<MyDataQuery, MyDataQueryVariables>;
export const ActivityPageDocument = new TypedDocumentString(`
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
    fragment ActivityFields on ActivityEvent {
  id
  kind
  occurredAt
  ipAddress
  userAgent
  detail
}`) as unknown as TypedDocumentString<ActivityPageQuery, ActivityPageQueryVariables>;
export const LearningPageDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<LearningPageQuery, LearningPageQueryVariables>;
export const FinancialPageDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<FinancialPageQuery, FinancialPageQueryVariables>;
export const SurveyPageDocument = new TypedDocumentString(`
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
    fragment SurveyFields on SurveyAnswer {
  id
  survey
  question
  answer
  answeredAt
}`) as unknown as TypedDocumentString<SurveyPageQuery, SurveyPageQueryVariables>;
export const NotificationPageDocument = new TypedDocumentString(`
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
    fragment NotificationFields on Notification {
  id
  subject
  createdAt
  sentAt
  status
}`) as unknown as TypedDocumentString<NotificationPageQuery, NotificationPageQueryVariables>;
export const MyProfileDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<MyProfileQuery, MyProfileQueryVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    ...ProfileFields
  }
}
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
}`) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const MyPreferencesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<MyPreferencesQuery, MyPreferencesQueryVariables>;
export const SetCommunicationPreferenceDocument = new TypedDocumentString(`
    mutation SetCommunicationPreference($channel: Channel!, $topic: Topic!, $enabled: Boolean!) {
  setCommunicationPreference(channel: $channel, topic: $topic, enabled: $enabled) {
    id
    channel
    topic
    enabled
  }
}
    `) as unknown as TypedDocumentString<SetCommunicationPreferenceMutation, SetCommunicationPreferenceMutationVariables>;
export const UnsubscribeFromAllMarketingDocument = new TypedDocumentString(`
    mutation UnsubscribeFromAllMarketing {
  unsubscribeFromAllMarketing {
    id
    channel
    topic
    enabled
  }
}
    `) as unknown as TypedDocumentString<UnsubscribeFromAllMarketingMutation, UnsubscribeFromAllMarketingMutationVariables>;
export const MyConsentsDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<MyConsentsQuery, MyConsentsQueryVariables>;
export const GiveConsentDocument = new TypedDocumentString(`
    mutation GiveConsent($purposeID: ID!) {
  giveConsent(purposeID: $purposeID) {
    ...ConsentFields
  }
}
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
}`) as unknown as TypedDocumentString<GiveConsentMutation, GiveConsentMutationVariables>;
export const WithdrawConsentDocument = new TypedDocumentString(`
    mutation WithdrawConsent($purposeID: ID!) {
  withdrawConsent(purposeID: $purposeID) {
    ...ConsentFields
  }
}
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
}`) as unknown as TypedDocumentString<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const ObjectToProcessingDocument = new TypedDocumentString(`
    mutation ObjectToProcessing($purposeID: ID!) {
  objectToProcessing(purposeID: $purposeID) {
    ...ConsentFields
  }
}
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
}`) as unknown as TypedDocumentString<ObjectToProcessingMutation, ObjectToProcessingMutationVariables>;
export const WithdrawObjectionDocument = new TypedDocumentString(`
    mutation WithdrawObjection($purposeID: ID!) {
  withdrawObjection(purposeID: $purposeID) {
    ...ConsentFields
  }
}
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
}`) as unknown as TypedDocumentString<WithdrawObjectionMutation, WithdrawObjectionMutationVariables>;
export const MyPolicyDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<MyPolicyQuery, MyPolicyQueryVariables>;
export const AcceptPolicyDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AcceptPolicyMutation, AcceptPolicyMutationVariables>;
export const AccessLogDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<AccessLogQuery, AccessLogQueryVariables>;
export const DownloadMyDataDocument = new TypedDocumentString(`
    mutation DownloadMyData {
  downloadMyData {
    id
    exportArchive {
      id
      state
    }
  }
}
    `) as unknown as TypedDocumentString<DownloadMyDataMutation, DownloadMyDataMutationVariables>;
export const EmployeesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<EmployeesQuery, EmployeesQueryVariables>;
export const SubmitRequestsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<SubmitRequestsMutation, SubmitRequestsMutationVariables>;
export const MeDocument = new TypedDocumentString(`
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
        submitterName
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
export const ErasurePreviewDocument = new TypedDocumentString(`
    query ErasurePreview($subjectID: ID) {
  erasurePreview(subjectID: $subjectID) {
    ...ErasureReportFields
  }
}
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
}`) as unknown as TypedDocumentString<ErasurePreviewQuery, ErasurePreviewQueryVariables>;
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
}`) as unknown as TypedDocumentString<RequestDetailQuery, RequestDetailQueryVariables>;
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
export const LiftRestrictionDocument = new TypedDocumentString(`
    mutation LiftRestriction($userID: ID!, $note: String!) {
  liftRestriction(userID: $userID, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<LiftRestrictionMutation, LiftRestrictionMutationVariables>;
export const OrganisationsDocument = new TypedDocumentString(`
    query Organisations($first: Int!, $after: Cursor) {
  organisations(
    first: $first
    after: $after
    orderBy: {field: NAME, direction: ASC}
  ) {
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
    `) as unknown as TypedDocumentString<OrganisationsQuery, OrganisationsQueryVariables>;
export const EmployerAdminsDocument = new TypedDocumentString(`
    query EmployerAdmins($first: Int!, $after: Cursor) {
  users(first: $first, after: $after, where: {role: EMPLOYER_ADMIN}) {
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
    `) as unknown as TypedDocumentString<EmployerAdminsQuery, EmployerAdminsQueryVariables>;
export const PersonByEmailDocument = new TypedDocumentString(`
    query PersonByEmail($email: String!) {
  users(first: 1, where: {emailEqualFold: $email}) {
    edges {
      node {
        id
        displayName
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PersonByEmailQuery, PersonByEmailQueryVariables>;
export const CreateOrganisationDocument = new TypedDocumentString(`
    mutation CreateOrganisation($name: String!) {
  createOrganisation(name: $name) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const AddEmployerAdminDocument = new TypedDocumentString(`
    mutation AddEmployerAdmin($organisationID: ID!, $userID: ID!) {
  addEmployerAdmin(organisationID: $organisationID, userID: $userID) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddEmployerAdminMutation, AddEmployerAdminMutationVariables>;
export const RemoveEmployerAdminDocument = new TypedDocumentString(`
    mutation RemoveEmployerAdmin($organisationID: ID!, $userID: ID!) {
  removeEmployerAdmin(organisationID: $organisationID, userID: $userID) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveEmployerAdminMutation, RemoveEmployerAdminMutationVariables>;
export const MoveToOrganisationDocument = new TypedDocumentString(`
    mutation MoveToOrganisation($userID: ID!, $organisationID: ID) {
  moveToOrganisation(userID: $userID, organisationID: $organisationID) {
    id
  }
}
    `) as unknown as TypedDocumentString<MoveToOrganisationMutation, MoveToOrganisationMutationVariables>;