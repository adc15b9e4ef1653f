package seed

import "github.com/learnerportal/portal/ent/datapurpose"

// purpose is one data-registry entry, written the way the seeds' privacy policies describe them.
type purpose struct {
	key, name, description string
	category               datapurpose.Category
	basis                  datapurpose.LawfulBasis
	months                 int
	from                   datapurpose.RetentionFrom
	recipients             []string
	objectable             bool
	dpvPurpose, dpvBasis   string
	dpvCategories          []string
}

var registry = []purpose{
	{"account", "Running your learner account", "We use your name, username, date of birth and gender to create and run your account and to identify you when you contact us.",
		datapurpose.CategoryIdentity, datapurpose.LawfulBasisContract, 24, datapurpose.RetentionFromRelationshipEnd,
		[]string{"Our hosting provider"}, false, "dpv:ServiceProvision", "dpv:Contract", []string{"pd:Name", "pd:Username", "pd:DateOfBirth", "pd:Gender"}},
	{"contact", "Contacting you about your courses", "We use your email address, phone number and postal address to send course joining instructions, certificates and service messages.",
		datapurpose.CategoryContact, datapurpose.LawfulBasisContract, 24, datapurpose.RetentionFromRelationshipEnd,
		[]string{"Our email delivery provider", "Royal Mail (posted certificates)"}, false, "dpv:CommunicationForCustomerCare", "dpv:Contract", []string{"pd:EmailAddress", "pd:TelephoneNumber", "pd:PostalAddress"}},
	{"profile", "Recommending relevant courses", "We use your job title, qualifications, subjects and age groups taught and interests to suggest courses that fit your role.",
		datapurpose.CategoryProfile, datapurpose.LawfulBasisLegitimateInterests, 24, datapurpose.RetentionFromLastActivity,
		nil, true, "dpv:ServicePersonalisation", "dpv:LegitimateInterest", []string{"pd:JobTitle", "pd:Qualification", "pd:Interest"}},
	{"learning", "Recording your learning and certificates", "We keep your registrations, completions, CPD hours and certificates so that you and, where they paid, your employer can evidence your professional development.",
		datapurpose.CategoryLearning, datapurpose.LawfulBasisContract, 72, datapurpose.RetentionFromRelationshipEnd,
		[]string{"Your employer, when it arranged the training", "Awarding bodies for accredited courses"}, false, "dpv:ServiceProvision", "dpv:Contract", []string{"pd:EducationExperience", "pd:Credential"}},
	{"transactions", "Keeping financial records for tax", "HMRC requires us to keep records of purchases, invoices and payments for six years after the end of the customer relationship. After erasure we keep them without your name or contact details.",
		datapurpose.CategoryTransactions, datapurpose.LawfulBasisLegalObligation, 72, datapurpose.RetentionFromRelationshipEnd,
		[]string{"HM Revenue & Customs", "Our payment processor", "Our accountants"}, false, "dpv:MaintainFinancialRecords", "dpv:LegalObligation", []string{"pd:Transaction", "pd:PaymentCardNumber"}},
	{"security", "Keeping the service secure", "We record sign-ins with IP address and browser to detect misuse of accounts.",
		datapurpose.CategoryTechnical, datapurpose.LawfulBasisLegitimateInterests, 12, datapurpose.RetentionFromCollection,
		[]string{"Our hosting provider"}, false, "dpv:ServiceSecurity", "dpv:LegitimateInterest", []string{"pd:IPAddress", "pd:UserAgent"}},
	{"usage-analytics", "Improving courses from how they are used", "We look at which pages and features are used to improve our courses. You can object to this.",
		datapurpose.CategoryTechnical, datapurpose.LawfulBasisLegitimateInterests, 26, datapurpose.RetentionFromCollection,
		nil, true, "dpv:ServiceOptimisation", "dpv:LegitimateInterest", []string{"pd:BrowsingBehavior"}},
	{"analytics-cookies", "Analytics and targeting cookies", "With your consent we set cookies that measure visits and show you our courses on other websites.",
		datapurpose.CategoryTechnical, datapurpose.LawfulBasisConsent, 13, datapurpose.RetentionFromCollection,
		[]string{"Our analytics provider"}, false, "dpv:TargetedAdvertising", "dpv:Consent", []string{"pd:BrowsingBehavior", "pd:DeviceBased"}},
	{"marketing-profiling", "Profiling for marketing", "With your consent we combine your learning history and interests to decide which offers to send you.",
		datapurpose.CategoryMarketing, datapurpose.LawfulBasisConsent, 24, datapurpose.RetentionFromLastActivity,
		nil, false, "dpv:PersonalisedAdvertising", "dpv:Consent", []string{"pd:Interest", "pd:EducationExperience"}},
	{"third-party-marketing", "Sharing with partners for their marketing", "With your consent we share your name and email with carefully chosen partners (professional bodies and publishers) so they can tell you about their offers.",
		datapurpose.CategoryMarketing, datapurpose.LawfulBasisConsent, 24, datapurpose.RetentionFromLastActivity,
		[]string{"Partner professional bodies", "Partner publishers"}, false, "dpv:DirectMarketing", "dpv:Consent", []string{"pd:Name", "pd:EmailAddress"}},
	{"direct-marketing", "Newsletters, events and surveys", "We send newsletters, training and event invitations and surveys on the channels you choose in your communication preferences.",
		datapurpose.CategoryMarketing, datapurpose.LawfulBasisConsent, 24, datapurpose.RetentionFromLastActivity,
		[]string{"Our email delivery provider"}, false, "dpv:DirectMarketing", "dpv:Consent", []string{"pd:EmailAddress", "pd:TelephoneNumber"}},
}

// consentPurposes are the registry keys a learner grants or withdraws; objectable purposes are
// objected to instead.
var consentPurposes = []string{"analytics-cookies", "marketing-profiling", "third-party-marketing"}
