package seed

import (
	"strings"
	"time"
)

// The words the demo data is made of.
var (
	genders   = []string{"Female", "Male", "Prefer not to say", "Non-binary"}
	jobs      = []string{"Secondary science teacher", "Care home team leader", "Early years practitioner", "Learning and development manager", "Head of mathematics", "Teaching assistant", "Registered nurse"}
	subjects  = []string{"Biology", "Mathematics", "English", "History", "Computing", "Health and social care"}
	ageGroups = []string{"Key Stage 3", "Key Stage 4", "Post-16", "Early years", "Adults"}
	interests = []string{"Assessment for learning", "Safeguarding", "Leadership", "Special educational needs", "Digital skills", "Wellbeing"}
	pages     = []string{"/dashboard", "/courses", "/courses/safeguarding-l2", "/certificates", "/account", "/courses/mental-health-first-aid", "/events"}
	features  = []string{"Downloaded certificate", "Joined live webinar", "Searched courses", "Updated profile"}
	agents    = []string{
		"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36",
		"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
		"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
	}
	places = []struct{ street, town, postcode string }{
		{"Mill Lane", "Leeds", "LS6 2AB"}, {"Station Road", "Bristol", "BS1 4DJ"}, {"Church Street", "Manchester", "M4 1PW"},
		{"Queen's Road", "Brighton", "BN1 3XE"}, {"High Street", "Cardiff", "CF10 1AF"}, {"Park Avenue", "Nottingham", "NG7 1AB"},
	}
	courses = []struct {
		code, title string
		hours       float64
		pricePence  int64
	}{
		{"SG-L2", "Safeguarding Children Level 2", 3, 4500},
		{"MHFA", "Mental Health First Aid", 12, 29500},
		{"AFL-101", "Assessment for Learning in Practice", 6, 12000},
		{"SEND-INT", "Introduction to Special Educational Needs", 8, 15000},
		{"LEAD-MID", "Middle Leadership Programme", 20, 45000},
		{"DIGI-CLS", "Digital Tools in the Classroom", 4, 7500},
		{"CARE-CERT", "The Care Certificate", 30, 35000},
	}
	surveyQuestions = []struct {
		survey, question string
		answers          []string
	}{
		{"Course evaluation", "How useful was this course for your role?", []string{"Very useful: I used the questioning techniques the next day.", "Useful, though the second module was too long.", "Somewhat useful."}},
		{"Annual learner survey", "What training would you like us to offer next year?", []string{"More on supporting pupils with anxiety.", "Short refreshers I can do on my phone.", "Leadership for new heads of department."}},
	}
)

type policyVersion struct {
	version, title, summary, body string
	published                     time.Time
}

func policyVersions(now time.Time) []policyVersion {
	return []policyVersion{
		{
			"1.0", "Privacy policy", "First published version.",
			"# How we use your personal data\n\nWe are the data controller for the personal data we hold about learners. We use it to run your account and courses (contract), to keep financial records for tax (legal obligation), to keep the service secure and improve it (legitimate interests) and, only with your consent, for marketing.\n\n## Your rights\n\nYou can see, correct, download or erase your data, restrict or object to its use, and withdraw consent at any time. We answer every request within one calendar month. If you joined through your employer, your employer can ask on your behalf.\n",
			now.AddDate(-2, -8, 0),
		},
		{
			"2.0", "Privacy policy", "We now list our partners by name, explain how long we keep each kind of data, and describe the self-service privacy portal.",
			"# How we use your personal data\n\nWe are the data controller for the personal data we hold about learners.\n\n## What we hold and why\n\nEach kind of data, the purpose, the lawful basis and how long we keep it is listed in your account under \"My data\".\n\n## Your rights\n\nUse the privacy portal to see, correct, download or erase your data, restrict or object to its use, and withdraw consent: changes to marketing take effect straight away. We answer every request within one calendar month, and tell you within that month if we need up to two more.\n\n## Keeping records for tax\n\nWe keep invoices and payments for six years after our relationship ends, as HMRC requires, without your name or contact details once you ask us to erase your data.\n",
			now.AddDate(0, -2, 0),
		},
	}
}

func lower(s string) string { return strings.ToLower(s) }
