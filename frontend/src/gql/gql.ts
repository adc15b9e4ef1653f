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
    "\n  fragment ActivityFields on ActivityEvent {\n    id\n    kind\n    occurredAt\n    ipAddress\n    userAgent\n    detail\n  }\n": typeof types.ActivityFieldsFragmentDoc,
    "\n  fragment LearningFields on LearningRecord {\n    id\n    courseTitle\n    courseCode\n    status\n    registeredAt\n    completedAt\n    cpdHours\n    certificateNumber\n    certificateName\n  }\n": typeof types.LearningFieldsFragmentDoc,
    "\n  fragment FinancialFields on FinancialRecord {\n    id\n    kind\n    reference\n    description\n    amountPence\n    currency\n    occurredAt\n    billingName\n    billingAddress\n  }\n": typeof types.FinancialFieldsFragmentDoc,
    "\n  fragment SurveyFields on SurveyAnswer {\n    id\n    survey\n    question\n    answer\n    answeredAt\n  }\n": typeof types.SurveyFieldsFragmentDoc,
    "\n  fragment NotificationFields on Notification {\n    id\n    subject\n    createdAt\n    sentAt\n    status\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  fragment AccessFields on AuditEntry {\n    id\n    occurredAt\n    actorRole\n    actorName\n    action\n    entity\n    count\n    actorOrganisation {\n      id\n      name\n    }\n  }\n": typeof types.AccessFieldsFragmentDoc,
    "\n  fragment ProfileFields on Profile {\n    id\n    firstName\n    lastName\n    username\n    dateOfBirth\n    gender\n    phone\n    addressLine1\n    addressLine2\n    town\n    postcode\n    country\n    jobTitle\n    qualifications\n    subjectsTaught\n    ageGroupsTaught\n    interests\n  }\n": typeof types.ProfileFieldsFragmentDoc,
    "\n  fragment PurposeFields on DataPurpose {\n    id\n    key\n    name\n    description\n    category\n    lawfulBasis\n    recipients\n    objectable\n  }\n": typeof types.PurposeFieldsFragmentDoc,
    "\n  query MyData(\n    $activityOrder: ActivityEventOrder!\n    $learningOrder: LearningRecordOrder!\n    $financialOrder: FinancialRecordOrder!\n    $surveyOrder: SurveyAnswerOrder!\n    $notificationOrder: NotificationOrder!\n  ) {\n    me {\n      id\n      email\n      status\n      createdAt\n      lastLoginAt\n      profile {\n        ...ProfileFields\n      }\n      dataHeld {\n        category\n        purposes {\n          retention\n          keptUntil\n          purpose {\n            ...PurposeFields\n          }\n        }\n      }\n      communicationPreferences {\n        id\n        channel\n        topic\n        enabled\n      }\n      consents {\n        id\n        state\n        changedAt\n        purpose {\n          id\n        }\n      }\n      learningRecords(first: 10, orderBy: $learningOrder) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...LearningFields\n          }\n        }\n      }\n      financialRecords(first: 10, orderBy: $financialOrder) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...FinancialFields\n          }\n        }\n      }\n      surveyAnswers(first: 10, orderBy: $surveyOrder) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...SurveyFields\n          }\n        }\n      }\n      activityEvents(first: 10, orderBy: $activityOrder) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ActivityFields\n          }\n        }\n      }\n      notifications(first: 10, orderBy: $notificationOrder) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...NotificationFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyDataDocument,
    "\n  query ActivityPage($first: Int!, $after: Cursor, $orderBy: ActivityEventOrder!) {\n    me {\n      id\n      activityEvents(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ActivityFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActivityPageDocument,
    "\n  query LearningPage($first: Int!, $after: Cursor, $orderBy: LearningRecordOrder!) {\n    me {\n      id\n      learningRecords(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...LearningFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.LearningPageDocument,
    "\n  query FinancialPage($first: Int!, $after: Cursor, $orderBy: FinancialRecordOrder!) {\n    me {\n      id\n      financialRecords(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...FinancialFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.FinancialPageDocument,
    "\n  query SurveyPage($first: Int!, $after: Cursor, $orderBy: SurveyAnswerOrder!) {\n    me {\n      id\n      surveyAnswers(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...SurveyFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.SurveyPageDocument,
    "\n  query NotificationPage($first: Int!, $after: Cursor, $orderBy: NotificationOrder!) {\n    me {\n      id\n      notifications(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...NotificationFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.NotificationPageDocument,
    "\n  query MyProfile($learningOrder: LearningRecordOrder!) {\n    me {\n      id\n      email\n      profile {\n        ...ProfileFields\n      }\n      learningRecords(first: 10, orderBy: $learningOrder) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...LearningFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query MyPreferences {\n    me {\n      id\n      communicationPreferences {\n        id\n        channel\n        topic\n        enabled\n      }\n    }\n  }\n": typeof types.MyPreferencesDocument,
    "\n  mutation SetCommunicationPreference($channel: Channel!, $topic: Topic!, $enabled: Boolean!) {\n    setCommunicationPreference(channel: $channel, topic: $topic, enabled: $enabled) {\n      id\n      channel\n      topic\n      enabled\n    }\n  }\n": typeof types.SetCommunicationPreferenceDocument,
    "\n  mutation UnsubscribeFromAllMarketing {\n    unsubscribeFromAllMarketing {\n      id\n      channel\n      topic\n      enabled\n    }\n  }\n": typeof types.UnsubscribeFromAllMarketingDocument,
    "\n  query MyConsents {\n    me {\n      id\n      dataHeld {\n        category\n        purposes {\n          purpose {\n            ...PurposeFields\n          }\n        }\n      }\n      consents {\n        ...ConsentFields\n      }\n    }\n  }\n": typeof types.MyConsentsDocument,
    "\n  fragment ConsentFields on Consent {\n    id\n    state\n    changedAt\n    purpose {\n      id\n    }\n    policyVersion {\n      id\n      version\n    }\n    history {\n      id\n      kind\n      occurredAt\n      actorRole\n      source\n      policyVersion {\n        id\n        version\n      }\n    }\n  }\n": typeof types.ConsentFieldsFragmentDoc,
    "\n  mutation GiveConsent($purposeID: ID!) {\n    giveConsent(purposeID: $purposeID) {\n      ...ConsentFields\n    }\n  }\n": typeof types.GiveConsentDocument,
    "\n  mutation WithdrawConsent($purposeID: ID!) {\n    withdrawConsent(purposeID: $purposeID) {\n      ...ConsentFields\n    }\n  }\n": typeof types.WithdrawConsentDocument,
    "\n  mutation ObjectToProcessing($purposeID: ID!) {\n    objectToProcessing(purposeID: $purposeID) {\n      ...ConsentFields\n    }\n  }\n": typeof types.ObjectToProcessingDocument,
    "\n  mutation WithdrawObjection($purposeID: ID!) {\n    withdrawObjection(purposeID: $purposeID) {\n      ...ConsentFields\n    }\n  }\n": typeof types.WithdrawObjectionDocument,
    "\n  query MyPolicy {\n    policyVersions {\n      id\n      version\n      title\n      summary\n      body\n      publishedAt\n    }\n    me {\n      id\n      mustReviewPolicy\n      policyAcceptances {\n        id\n        acceptedAt\n        policyVersion {\n          id\n          version\n          title\n        }\n      }\n    }\n  }\n": typeof types.MyPolicyDocument,
    "\n  mutation AcceptPolicy($versionID: ID!) {\n    acceptPolicy(versionID: $versionID) {\n      id\n      acceptedAt\n      policyVersion {\n        id\n        version\n      }\n    }\n  }\n": typeof types.AcceptPolicyDocument,
    "\n  query AccessLog($first: Int!, $after: Cursor) {\n    me {\n      id\n      accessLog(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...AccessFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccessLogDocument,
    "\n  mutation DownloadMyData {\n    downloadMyData {\n      id\n      exportArchive {\n        id\n        state\n      }\n    }\n  }\n": typeof types.DownloadMyDataDocument,
    "\n  query Employees($search: String, $orderBy: EmployeeOrder, $first: Int!, $after: String, $withTotal: Boolean!) {\n    me {\n      id\n      organisation {\n        id\n        name\n        employees(search: $search, orderBy: $orderBy, first: $first, after: $after) {\n          rows {\n            userID\n            name\n            email\n            jobTitle\n            openRequests\n            lastActivityAt\n          }\n          endCursor\n          hasNextPage\n          totalCount @include(if: $withTotal)\n        }\n      }\n    }\n  }\n": typeof types.EmployeesDocument,
    "\n  mutation SubmitRequests($input: SubmitRequestsInput!) {\n    submitRequests(input: $input) {\n      created\n      refused\n      rows {\n        subjectID\n        email\n        outcome\n        message\n        request {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SubmitRequestsDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      mustReviewPolicy\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query MyRequests {\n    myRequests(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          state\n          receivedAt\n          dueAt\n          closedAt\n          extensionMonths\n          open\n          overdue\n          dueSoon\n          submitterName\n          subject {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyRequestsDocument,
    "\n  query RequestSubjects {\n    me {\n      id\n      memberships {\n        id\n        kind\n        endedAt\n        organisation {\n          id\n          name\n          memberships(first: 500) {\n            edges {\n              node {\n                id\n                kind\n                endedAt\n                user {\n                  id\n                  displayName\n                  email\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RequestSubjectsDocument,
    "\n  fragment ErasureReportFields on ErasureReport {\n    at\n    erased {\n      category\n      description\n      count\n    }\n    kept {\n      category\n      description\n      reason\n      until\n      count\n    }\n    holds {\n      kind\n      reason\n    }\n  }\n": typeof types.ErasureReportFieldsFragmentDoc,
    "\n  query ErasurePreview($subjectID: ID) {\n    erasurePreview(subjectID: $subjectID) {\n      ...ErasureReportFields\n    }\n  }\n": typeof types.ErasurePreviewDocument,
    "\n  query RequestDetail($id: ID!, $staff: Boolean!) {\n    node(id: $id) {\n      __typename\n      ... on RightsRequest {\n        id\n        type\n        state\n        description\n        rectificationField\n        rectificationValue\n        objectionProcessing\n        portabilityRecipient\n        receivedAt\n        dueAt\n        pausedAt\n        extensionMonths\n        extensionReason\n        rejectionReason\n        rejectionExplanation\n        closedAt\n        open\n        overdue\n        dueSoon\n        availableActions\n        possiblyRepetitive @include(if: $staff)\n        erasureScheduledAt\n        erasurePreview {\n          ...ErasureReportFields\n        }\n        erasureReceipt {\n          ...ErasureReportFields\n        }\n        exportArchive {\n          id\n          state\n          progress\n          sizeBytes\n          sha256\n          readyAt\n          expiresAt\n          downloadURL\n          files {\n            name\n            size\n            sha256\n          }\n        }\n        subject {\n          id\n          displayName\n          email @include(if: $staff)\n          status @include(if: $staff)\n        }\n        submitterName\n        submittedBy @include(if: $staff) {\n          id\n          displayName\n        }\n        organisation @include(if: $staff) {\n          id\n          name\n        }\n        timeline {\n          id\n          actorName\n          fromState\n          toState\n          note\n          occurredAt\n        }\n        conversation {\n          id\n          authorName\n          authorRole\n          body\n          sentAt\n        }\n      }\n    }\n  }\n": typeof types.RequestDetailDocument,
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
    "\n  mutation LiftRestriction($userID: ID!, $note: String!) {\n    liftRestriction(userID: $userID, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.LiftRestrictionDocument,
    "\n  query Organisations($first: Int!, $after: Cursor) {\n    organisations(first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          employeeCount\n        }\n      }\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  query EmployerAdmins($first: Int!, $after: Cursor) {\n    users(first: $first, after: $after, where: { role: EMPLOYER_ADMIN }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          email\n          memberships {\n            id\n            kind\n            endedAt\n            organisationID\n          }\n        }\n      }\n    }\n  }\n": typeof types.EmployerAdminsDocument,
    "\n  query PersonByEmail($email: String!) {\n    users(first: 1, where: { emailEqualFold: $email }) {\n      edges {\n        node {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n": typeof types.PersonByEmailDocument,
    "\n  mutation CreateOrganisation($name: String!) {\n    createOrganisation(name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation AddEmployerAdmin($organisationID: ID!, $userID: ID!) {\n    addEmployerAdmin(organisationID: $organisationID, userID: $userID) {\n      id\n    }\n  }\n": typeof types.AddEmployerAdminDocument,
    "\n  mutation RemoveEmployerAdmin($organisationID: ID!, $userID: ID!) {\n    removeEmployerAdmin(organisationID: $organisationID, userID: $userID) {\n      id\n    }\n  }\n": typeof types.RemoveEmployerAdminDocument,
    "\n  mutation MoveToOrganisation($userID: ID!, $organisationID: ID) {\n    moveToOrganisation(userID: $userID, organisationID: $organisationID) {\n      id\n    }\n  }\n": typeof types.MoveToOrganisationDocument,
};
const documents: Documents = {
    "\n  fragment ActivityFields on ActivityEvent {\n    id\n    kind\n    occurredAt\n    ipAddress\n    userAgent\n    detail\n  }\n": types.ActivityFieldsFragmentDoc,
    "\n  fragment LearningFields on LearningRecord {\n    id\n    courseTitle\n    courseCode\n    status\n    registeredAt\n    completedAt\n    cpdHours\n    certificateNumber\n    certificateName\n  }\n": types.LearningFieldsFragmentDoc,
    "\n  fragment FinancialFields on FinancialRecord {\n    id\n    kind\n    reference\n    description\n    amountPence\n    currency\n    occurredAt\n    billingName\n    billingAddress\n  }\n": types.FinancialFieldsFragmentDoc,
    "\n  fragment SurveyFields on SurveyAnswer {\n    id\n    survey\n    question\n    answer\n    answeredAt\n  }\n": types.SurveyFieldsFragmentDoc,
    "\n  fragment NotificationFields on Notification {\n    id\n    subject\n    createdAt\n    sentAt\n    status\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  fragment AccessFields on AuditEntry {\n    id\n    occurredAt\n    actorRole\n    actorName\n    action\n    entity\n    count\n    actorOrganisation {\n      id\n      name\n    }\n  }\n": types.AccessFieldsFragmentDoc,
    "\n  fragment ProfileFields on Profile {\n    id\n    firstName\n    lastName\n    username\n    dateOfBirth\n    gender\n    phone\n    addressLine1\n    addressLine2\n    town\n    postcode\n    country\n    jobTitle\n    qualifications\n    subjectsTaught\n    ageGroupsTaught\n    interests\n  }\n": types.ProfileFieldsFragmentDoc,
    "\n  fragment PurposeFields on DataPurpose {\n    id\n    key\n    name\n    description\n    category\n    lawfulBasis\n    recipients\n    objectable\n  }\n": types.PurposeFieldsFragmentDoc,
    "\n  query MyData(\n    $activityOrder: ActivityEventOrder!\n    $learningOrder: LearningRecordOrder!\n    $financialOrder: FinancialRecordOrder!\n    $surveyOrder: SurveyAnswerOrder!\n    $notificationOrder: NotificationOrder!\n  ) {\n    me {\n      id\n      email\n      status\n      createdAt\n      lastLoginAt\n      profile {\n        ...ProfileFields\n      }\n      dataHeld {\n        category\n        purposes {\n          retention\n          keptUntil\n          purpose {\n            ...PurposeFields\n          }\n        }\n      }\n      communicationPreferences {\n        id\n        channel\n        topic\n        enabled\n      }\n      consents {\n        id\n        state\n        changedAt\n        purpose {\n          id\n        }\n      }\n      learningRecords(first: 10, orderBy: $learningOrder) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...LearningFields\n          }\n        }\n      }\n      financialRecords(first: 10, orderBy: $financialOrder) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...FinancialFields\n          }\n        }\n      }\n      surveyAnswers(first: 10, orderBy: $surveyOrder) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...SurveyFields\n          }\n        }\n      }\n      activityEvents(first: 10, orderBy: $activityOrder) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ActivityFields\n          }\n        }\n      }\n      notifications(first: 10, orderBy: $notificationOrder) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...NotificationFields\n          }\n        }\n      }\n    }\n  }\n": types.MyDataDocument,
    "\n  query ActivityPage($first: Int!, $after: Cursor, $orderBy: ActivityEventOrder!) {\n    me {\n      id\n      activityEvents(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ActivityFields\n          }\n        }\n      }\n    }\n  }\n": types.ActivityPageDocument,
    "\n  query LearningPage($first: Int!, $after: Cursor, $orderBy: LearningRecordOrder!) {\n    me {\n      id\n      learningRecords(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...LearningFields\n          }\n        }\n      }\n    }\n  }\n": types.LearningPageDocument,
    "\n  query FinancialPage($first: Int!, $after: Cursor, $orderBy: FinancialRecordOrder!) {\n    me {\n      id\n      financialRecords(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...FinancialFields\n          }\n        }\n      }\n    }\n  }\n": types.FinancialPageDocument,
    "\n  query SurveyPage($first: Int!, $after: Cursor, $orderBy: SurveyAnswerOrder!) {\n    me {\n      id\n      surveyAnswers(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...SurveyFields\n          }\n        }\n      }\n    }\n  }\n": types.SurveyPageDocument,
    "\n  query NotificationPage($first: Int!, $after: Cursor, $orderBy: NotificationOrder!) {\n    me {\n      id\n      notifications(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...NotificationFields\n          }\n        }\n      }\n    }\n  }\n": types.NotificationPageDocument,
    "\n  query MyProfile($learningOrder: LearningRecordOrder!) {\n    me {\n      id\n      email\n      profile {\n        ...ProfileFields\n      }\n      learningRecords(first: 10, orderBy: $learningOrder) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...LearningFields\n          }\n        }\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query MyPreferences {\n    me {\n      id\n      communicationPreferences {\n        id\n        channel\n        topic\n        enabled\n      }\n    }\n  }\n": types.MyPreferencesDocument,
    "\n  mutation SetCommunicationPreference($channel: Channel!, $topic: Topic!, $enabled: Boolean!) {\n    setCommunicationPreference(channel: $channel, topic: $topic, enabled: $enabled) {\n      id\n      channel\n      topic\n      enabled\n    }\n  }\n": types.SetCommunicationPreferenceDocument,
    "\n  mutation UnsubscribeFromAllMarketing {\n    unsubscribeFromAllMarketing {\n      id\n      channel\n      topic\n      enabled\n    }\n  }\n": types.UnsubscribeFromAllMarketingDocument,
    "\n  query MyConsents {\n    me {\n      id\n      dataHeld {\n        category\n        purposes {\n          purpose {\n            ...PurposeFields\n          }\n        }\n      }\n      consents {\n        ...ConsentFields\n      }\n    }\n  }\n": types.MyConsentsDocument,
    "\n  fragment ConsentFields on Consent {\n    id\n    state\n    changedAt\n    purpose {\n      id\n    }\n    policyVersion {\n      id\n      version\n    }\n    history {\n      id\n      kind\n      occurredAt\n      actorRole\n      source\n      policyVersion {\n        id\n        version\n      }\n    }\n  }\n": types.ConsentFieldsFragmentDoc,
    "\n  mutation GiveConsent($purposeID: ID!) {\n    giveConsent(purposeID: $purposeID) {\n      ...ConsentFields\n    }\n  }\n": types.GiveConsentDocument,
    "\n  mutation WithdrawConsent($purposeID: ID!) {\n    withdrawConsent(purposeID: $purposeID) {\n      ...ConsentFields\n    }\n  }\n": types.WithdrawConsentDocument,
    "\n  mutation ObjectToProcessing($purposeID: ID!) {\n    objectToProcessing(purposeID: $purposeID) {\n      ...ConsentFields\n    }\n  }\n": types.ObjectToProcessingDocument,
    "\n  mutation WithdrawObjection($purposeID: ID!) {\n    withdrawObjection(purposeID: $purposeID) {\n      ...ConsentFields\n    }\n  }\n": types.WithdrawObjectionDocument,
    "\n  query MyPolicy {\n    policyVersions {\n      id\n      version\n      title\n      summary\n      body\n      publishedAt\n    }\n    me {\n      id\n      mustReviewPolicy\n      policyAcceptances {\n        id\n        acceptedAt\n        policyVersion {\n          id\n          version\n          title\n        }\n      }\n    }\n  }\n": types.MyPolicyDocument,
    "\n  mutation AcceptPolicy($versionID: ID!) {\n    acceptPolicy(versionID: $versionID) {\n      id\n      acceptedAt\n      policyVersion {\n        id\n        version\n      }\n    }\n  }\n": types.AcceptPolicyDocument,
    "\n  query AccessLog($first: Int!, $after: Cursor) {\n    me {\n      id\n      accessLog(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...AccessFields\n          }\n        }\n      }\n    }\n  }\n": types.AccessLogDocument,
    "\n  mutation DownloadMyData {\n    downloadMyData {\n      id\n      exportArchive {\n        id\n        state\n      }\n    }\n  }\n": types.DownloadMyDataDocument,
    "\n  query Employees($search: String, $orderBy: EmployeeOrder, $first: Int!, $after: String, $withTotal: Boolean!) {\n    me {\n      id\n      organisation {\n        id\n        name\n        employees(search: $search, orderBy: $orderBy, first: $first, after: $after) {\n          rows {\n            userID\n            name\n            email\n            jobTitle\n            openRequests\n            lastActivityAt\n          }\n          endCursor\n          hasNextPage\n          totalCount @include(if: $withTotal)\n        }\n      }\n    }\n  }\n": types.EmployeesDocument,
    "\n  mutation SubmitRequests($input: SubmitRequestsInput!) {\n    submitRequests(input: $input) {\n      created\n      refused\n      rows {\n        subjectID\n        email\n        outcome\n        message\n        request {\n          id\n        }\n      }\n    }\n  }\n": types.SubmitRequestsDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      mustReviewPolicy\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query MyRequests {\n    myRequests(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          state\n          receivedAt\n          dueAt\n          closedAt\n          extensionMonths\n          open\n          overdue\n          dueSoon\n          submitterName\n          subject {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.MyRequestsDocument,
    "\n  query RequestSubjects {\n    me {\n      id\n      memberships {\n        id\n        kind\n        endedAt\n        organisation {\n          id\n          name\n          memberships(first: 500) {\n            edges {\n              node {\n                id\n                kind\n                endedAt\n                user {\n                  id\n                  displayName\n                  email\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.RequestSubjectsDocument,
    "\n  fragment ErasureReportFields on ErasureReport {\n    at\n    erased {\n      category\n      description\n      count\n    }\n    kept {\n      category\n      description\n      reason\n      until\n      count\n    }\n    holds {\n      kind\n      reason\n    }\n  }\n": types.ErasureReportFieldsFragmentDoc,
    "\n  query ErasurePreview($subjectID: ID) {\n    erasurePreview(subjectID: $subjectID) {\n      ...ErasureReportFields\n    }\n  }\n": types.ErasurePreviewDocument,
    "\n  query RequestDetail($id: ID!, $staff: Boolean!) {\n    node(id: $id) {\n      __typename\n      ... on RightsRequest {\n        id\n        type\n        state\n        description\n        rectificationField\n        rectificationValue\n        objectionProcessing\n        portabilityRecipient\n        receivedAt\n        dueAt\n        pausedAt\n        extensionMonths\n        extensionReason\n        rejectionReason\n        rejectionExplanation\n        closedAt\n        open\n        overdue\n        dueSoon\n        availableActions\n        possiblyRepetitive @include(if: $staff)\n        erasureScheduledAt\n        erasurePreview {\n          ...ErasureReportFields\n        }\n        erasureReceipt {\n          ...ErasureReportFields\n        }\n        exportArchive {\n          id\n          state\n          progress\n          sizeBytes\n          sha256\n          readyAt\n          expiresAt\n          downloadURL\n          files {\n            name\n            size\n            sha256\n          }\n        }\n        subject {\n          id\n          displayName\n          email @include(if: $staff)\n          status @include(if: $staff)\n        }\n        submitterName\n        submittedBy @include(if: $staff) {\n          id\n          displayName\n        }\n        organisation @include(if: $staff) {\n          id\n          name\n        }\n        timeline {\n          id\n          actorName\n          fromState\n          toState\n          note\n          occurredAt\n        }\n        conversation {\n          id\n          authorName\n          authorRole\n          body\n          sentAt\n        }\n      }\n    }\n  }\n": types.RequestDetailDocument,
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
    "\n  mutation LiftRestriction($userID: ID!, $note: String!) {\n    liftRestriction(userID: $userID, note: $note) {\n      id\n      status\n    }\n  }\n": types.LiftRestrictionDocument,
    "\n  query Organisations($first: Int!, $after: Cursor) {\n    organisations(first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          employeeCount\n        }\n      }\n    }\n  }\n": types.OrganisationsDocument,
    "\n  query EmployerAdmins($first: Int!, $after: Cursor) {\n    users(first: $first, after: $after, where: { role: EMPLOYER_ADMIN }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          email\n          memberships {\n            id\n            kind\n            endedAt\n            organisationID\n          }\n        }\n      }\n    }\n  }\n": types.EmployerAdminsDocument,
    "\n  query PersonByEmail($email: String!) {\n    users(first: 1, where: { emailEqualFold: $email }) {\n      edges {\n        node {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n": types.PersonByEmailDocument,
    "\n  mutation CreateOrganisation($name: String!) {\n    createOrganisation(name: $name) {\n      id\n      name\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation AddEmployerAdmin($organisationID: ID!, $userID: ID!) {\n    addEmployerAdmin(organisationID: $organisationID, userID: $userID) {\n      id\n    }\n  }\n": types.AddEmployerAdminDocument,
    "\n  mutation RemoveEmployerAdmin($organisationID: ID!, $userID: ID!) {\n    removeEmployerAdmin(organisationID: $organisationID, userID: $userID) {\n      id\n    }\n  }\n": types.RemoveEmployerAdminDocument,
    "\n  mutation MoveToOrganisation($userID: ID!, $organisationID: ID) {\n    moveToOrganisation(userID: $userID, organisationID: $organisationID) {\n      id\n    }\n  }\n": types.MoveToOrganisationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityFields on ActivityEvent {\n    id\n    kind\n    occurredAt\n    ipAddress\n    userAgent\n    detail\n  }\n"): typeof import('./graphql').ActivityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LearningFields on LearningRecord {\n    id\n    courseTitle\n    courseCode\n    status\n    registeredAt\n    completedAt\n    cpdHours\n    certificateNumber\n    certificateName\n  }\n"): typeof import('./graphql').LearningFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FinancialFields on FinancialRecord {\n    id\n    kind\n    reference\n    description\n    amountPence\n    currency\n    occurredAt\n    billingName\n    billingAddress\n  }\n"): typeof import('./graphql').FinancialFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyFields on SurveyAnswer {\n    id\n    survey\n    question\n    answer\n    answeredAt\n  }\n"): typeof import('./graphql').SurveyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    subject\n    createdAt\n    sentAt\n    status\n  }\n"): typeof import('./graphql').NotificationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccessFields on AuditEntry {\n    id\n    occurredAt\n    actorRole\n    actorName\n    action\n    entity\n    count\n    actorOrganisation {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AccessFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileFields on Profile {\n    id\n    firstName\n    lastName\n    username\n    dateOfBirth\n    gender\n    phone\n    addressLine1\n    addressLine2\n    town\n    postcode\n    country\n    jobTitle\n    qualifications\n    subjectsTaught\n    ageGroupsTaught\n    interests\n  }\n"): typeof import('./graphql').ProfileFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PurposeFields on DataPurpose {\n    id\n    key\n    name\n    description\n    category\n    lawfulBasis\n    recipients\n    objectable\n  }\n"): typeof import('./graphql').PurposeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyData(\n    $activityOrder: ActivityEventOrder!\n    $learningOrder: LearningRecordOrder!\n    $financialOrder: FinancialRecordOrder!\n    $surveyOrder: SurveyAnswerOrder!\n    $notificationOrder: NotificationOrder!\n  ) {\n    me {\n      id\n      email\n      status\n      createdAt\n      lastLoginAt\n      profile {\n        ...ProfileFields\n      }\n      dataHeld {\n        category\n        purposes {\n          retention\n          keptUntil\n          purpose {\n            ...PurposeFields\n          }\n        }\n      }\n      communicationPreferences {\n        id\n        channel\n        topic\n        enabled\n      }\n      consents {\n        id\n        state\n        changedAt\n        purpose {\n          id\n        }\n      }\n      learningRecords(first: 10, orderBy: $learningOrder) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...LearningFields\n          }\n        }\n      }\n      financialRecords(first: 10, orderBy: $financialOrder) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...FinancialFields\n          }\n        }\n      }\n      surveyAnswers(first: 10, orderBy: $surveyOrder) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...SurveyFields\n          }\n        }\n      }\n      activityEvents(first: 10, orderBy: $activityOrder) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ActivityFields\n          }\n        }\n      }\n      notifications(first: 10, orderBy: $notificationOrder) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...NotificationFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityPage($first: Int!, $after: Cursor, $orderBy: ActivityEventOrder!) {\n    me {\n      id\n      activityEvents(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ActivityFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ActivityPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningPage($first: Int!, $after: Cursor, $orderBy: LearningRecordOrder!) {\n    me {\n      id\n      learningRecords(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...LearningFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LearningPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinancialPage($first: Int!, $after: Cursor, $orderBy: FinancialRecordOrder!) {\n    me {\n      id\n      financialRecords(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...FinancialFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FinancialPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyPage($first: Int!, $after: Cursor, $orderBy: SurveyAnswerOrder!) {\n    me {\n      id\n      surveyAnswers(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...SurveyFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPage($first: Int!, $after: Cursor, $orderBy: NotificationOrder!) {\n    me {\n      id\n      notifications(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...NotificationFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile($learningOrder: LearningRecordOrder!) {\n    me {\n      id\n      email\n      profile {\n        ...ProfileFields\n      }\n      learningRecords(first: 10, orderBy: $learningOrder) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...LearningFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n"): typeof import('./graphql').UpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPreferences {\n    me {\n      id\n      communicationPreferences {\n        id\n        channel\n        topic\n        enabled\n      }\n    }\n  }\n"): typeof import('./graphql').MyPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCommunicationPreference($channel: Channel!, $topic: Topic!, $enabled: Boolean!) {\n    setCommunicationPreference(channel: $channel, topic: $topic, enabled: $enabled) {\n      id\n      channel\n      topic\n      enabled\n    }\n  }\n"): typeof import('./graphql').SetCommunicationPreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribeFromAllMarketing {\n    unsubscribeFromAllMarketing {\n      id\n      channel\n      topic\n      enabled\n    }\n  }\n"): typeof import('./graphql').UnsubscribeFromAllMarketingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyConsents {\n    me {\n      id\n      dataHeld {\n        category\n        purposes {\n          purpose {\n            ...PurposeFields\n          }\n        }\n      }\n      consents {\n        ...ConsentFields\n      }\n    }\n  }\n"): typeof import('./graphql').MyConsentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsentFields on Consent {\n    id\n    state\n    changedAt\n    purpose {\n      id\n    }\n    policyVersion {\n      id\n      version\n    }\n    history {\n      id\n      kind\n      occurredAt\n      actorRole\n      source\n      policyVersion {\n        id\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').ConsentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveConsent($purposeID: ID!) {\n    giveConsent(purposeID: $purposeID) {\n      ...ConsentFields\n    }\n  }\n"): typeof import('./graphql').GiveConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsent($purposeID: ID!) {\n    withdrawConsent(purposeID: $purposeID) {\n      ...ConsentFields\n    }\n  }\n"): typeof import('./graphql').WithdrawConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObjectToProcessing($purposeID: ID!) {\n    objectToProcessing(purposeID: $purposeID) {\n      ...ConsentFields\n    }\n  }\n"): typeof import('./graphql').ObjectToProcessingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawObjection($purposeID: ID!) {\n    withdrawObjection(purposeID: $purposeID) {\n      ...ConsentFields\n    }\n  }\n"): typeof import('./graphql').WithdrawObjectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPolicy {\n    policyVersions {\n      id\n      version\n      title\n      summary\n      body\n      publishedAt\n    }\n    me {\n      id\n      mustReviewPolicy\n      policyAcceptances {\n        id\n        acceptedAt\n        policyVersion {\n          id\n          version\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptPolicy($versionID: ID!) {\n    acceptPolicy(versionID: $versionID) {\n      id\n      acceptedAt\n      policyVersion {\n        id\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessLog($first: Int!, $after: Cursor) {\n    me {\n      id\n      accessLog(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...AccessFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AccessLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DownloadMyData {\n    downloadMyData {\n      id\n      exportArchive {\n        id\n        state\n      }\n    }\n  }\n"): typeof import('./graphql').DownloadMyDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Employees($search: String, $orderBy: EmployeeOrder, $first: Int!, $after: String, $withTotal: Boolean!) {\n    me {\n      id\n      organisation {\n        id\n        name\n        employees(search: $search, orderBy: $orderBy, first: $first, after: $after) {\n          rows {\n            userID\n            name\n            email\n            jobTitle\n            openRequests\n            lastActivityAt\n          }\n          endCursor\n          hasNextPage\n          totalCount @include(if: $withTotal)\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EmployeesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRequests($input: SubmitRequestsInput!) {\n    submitRequests(input: $input) {\n      created\n      refused\n      rows {\n        subjectID\n        email\n        outcome\n        message\n        request {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SubmitRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      mustReviewPolicy\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRequests {\n    myRequests(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          state\n          receivedAt\n          dueAt\n          closedAt\n          extensionMonths\n          open\n          overdue\n          dueSoon\n          submitterName\n          subject {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestSubjects {\n    me {\n      id\n      memberships {\n        id\n        kind\n        endedAt\n        organisation {\n          id\n          name\n          memberships(first: 500) {\n            edges {\n              node {\n                id\n                kind\n                endedAt\n                user {\n                  id\n                  displayName\n                  email\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RequestSubjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ErasureReportFields on ErasureReport {\n    at\n    erased {\n      category\n      description\n      count\n    }\n    kept {\n      category\n      description\n      reason\n      until\n      count\n    }\n    holds {\n      kind\n      reason\n    }\n  }\n"): typeof import('./graphql').ErasureReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErasurePreview($subjectID: ID) {\n    erasurePreview(subjectID: $subjectID) {\n      ...ErasureReportFields\n    }\n  }\n"): typeof import('./graphql').ErasurePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestDetail($id: ID!, $staff: Boolean!) {\n    node(id: $id) {\n      __typename\n      ... on RightsRequest {\n        id\n        type\n        state\n        description\n        rectificationField\n        rectificationValue\n        objectionProcessing\n        portabilityRecipient\n        receivedAt\n        dueAt\n        pausedAt\n        extensionMonths\n        extensionReason\n        rejectionReason\n        rejectionExplanation\n        closedAt\n        open\n        overdue\n        dueSoon\n        availableActions\n        possiblyRepetitive @include(if: $staff)\n        erasureScheduledAt\n        erasurePreview {\n          ...ErasureReportFields\n        }\n        erasureReceipt {\n          ...ErasureReportFields\n        }\n        exportArchive {\n          id\n          state\n          progress\n          sizeBytes\n          sha256\n          readyAt\n          expiresAt\n          downloadURL\n          files {\n            name\n            size\n            sha256\n          }\n        }\n        subject {\n          id\n          displayName\n          email @include(if: $staff)\n          status @include(if: $staff)\n        }\n        submitterName\n        submittedBy @include(if: $staff) {\n          id\n          displayName\n        }\n        organisation @include(if: $staff) {\n          id\n          name\n        }\n        timeline {\n          id\n          actorName\n          fromState\n          toState\n          note\n          occurredAt\n        }\n        conversation {\n          id\n          authorName\n          authorRole\n          body\n          sentAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RequestDetailDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiftRestriction($userID: ID!, $note: String!) {\n    liftRestriction(userID: $userID, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').LiftRestrictionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($first: Int!, $after: Cursor) {\n    organisations(first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          employeeCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerAdmins($first: Int!, $after: Cursor) {\n    users(first: $first, after: $after, where: { role: EMPLOYER_ADMIN }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          email\n          memberships {\n            id\n            kind\n            endedAt\n            organisationID\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EmployerAdminsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonByEmail($email: String!) {\n    users(first: 1, where: { emailEqualFold: $email }) {\n      edges {\n        node {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PersonByEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($name: String!) {\n    createOrganisation(name: $name) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEmployerAdmin($organisationID: ID!, $userID: ID!) {\n    addEmployerAdmin(organisationID: $organisationID, userID: $userID) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddEmployerAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveEmployerAdmin($organisationID: ID!, $userID: ID!) {\n    removeEmployerAdmin(organisationID: $organisationID, userID: $userID) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemoveEmployerAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveToOrganisation($userID: ID!, $organisationID: ID) {\n    moveToOrganisation(userID: $userID, organisationID: $organisationID) {\n      id\n    }\n  }\n"): typeof import('./graphql').MoveToOrganisationDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
