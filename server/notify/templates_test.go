package notify_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/learnerportal/portal/server/notify"
)

// The dates are instants as the database holds them: due at midnight in London, which in April is
// 23:00 UTC the day before, so a date shown in UTC would be a day early.
var (
	received = time.Date(2026, 3, 2, 10, 15, 0, 0, time.UTC)
	due      = time.Date(2026, 4, 1, 23, 0, 0, 0, time.UTC)
	extended = time.Date(2026, 6, 1, 23, 0, 0, 0, time.UTC)
)

const (
	receivedDay = "Monday 2 March 2026"
	dueDay      = "Thursday 2 April 2026"
	extendedDay = "Tuesday 2 June 2026"
	link        = "https://portal.example/requests/42"
)

func notice(state, note string) notify.RequestNotice {
	return notify.RequestNotice{
		RecipientName: "Ellen", SubjectName: "Ellen", RequestType: "ACCESS", State: state,
		Received: received, Due: due, Note: note, PortalURL: "https://portal.example/", RequestID: "42",
	}
}

// checkText fails unless text contains every one of want and none of unwanted, wherever its lines
// are wrapped.
func checkText(t *testing.T, what, text string, want, unwanted []string) {
	t.Helper()
	flat := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	for _, w := range want {
		if !strings.Contains(flat(text), flat(w)) {
			t.Errorf("%s does not mention %q:\n%s", what, w, text)
		}
	}
	for _, u := range unwanted {
		if strings.Contains(flat(text), flat(u)) {
			t.Errorf("%s mentions %q:\n%s", what, u, text)
		}
	}
}

// checkLayout fails unless body is plain text of lines of at most 72 characters (a link or a
// digest entry may be longer), ending with a line break.
func checkLayout(t *testing.T, body string) {
	t.Helper()
	if !strings.HasSuffix(body, "\n") || strings.Contains(body, "\u00a0") || strings.Contains(body, "<") {
		t.Errorf("body is not plain text ending with a line break:\n%q", body)
	}
	for _, line := range strings.Split(body, "\n") {
		long := utf8.RuneCountInString(line) > 72
		if long && strings.Contains(strings.TrimSpace(line), " ") && !strings.HasPrefix(line, "  - ") {
			t.Errorf("line of %d characters: %q", utf8.RuneCountInString(line), line)
		}
	}
}

func TestRequestReceived(t *testing.T) {
	tests := []struct {
		name              string
		recipient         string
		onBehalf          bool
		by                string
		want, unwanted    []string
		wantSubject       string
		requestType       string
		unwantedInSubject string
	}{
		{"made by the subject", "Ellen", false, "", []string{"Hello Ellen,", "your request for a copy of your personal data", receivedDay, dueDay, link},
			[]string{"behalf"}, "We have received your request", "ACCESS", "Ellen"},
		{"made for the subject, to the subject", "Ellen", true, "", []string{"Your employer has made a request to erase your personal data on your behalf", receivedDay, dueDay, link},
			nil, "A request about your personal data has been made on your behalf", "ERASURE", "Ellen"},
		{"made for the subject, naming who", "Ellen", true, "your employer, Acme Training", []string{"Your employer, Acme Training has made", dueDay},
			nil, "A request about your personal data has been made on your behalf", "ACCESS", "Ellen"},
		{"made for the subject, to the admin who made it", "Priya", true, "", []string{"Hello Priya,", "the request you made on behalf of Ellen", "an objection to how we use their personal data", receivedDay, dueDay, link},
			[]string{"your personal data", "Your employer"}, "We have received the request you made on someone else's behalf", "OBJECTION", "Ellen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := notice("SUBMITTED", "")
			n.RecipientName, n.OnBehalf, n.OnBehalfBy, n.RequestType = tt.recipient, tt.onBehalf, tt.by, tt.requestType
			n.ForSubmitter = tt.onBehalf && tt.recipient != n.SubjectName
			subject, body := notify.RequestReceived(n)
			if subject != tt.wantSubject {
				t.Errorf("subject = %q, want %q", subject, tt.wantSubject)
			}
			if strings.Contains(subject, tt.unwantedInSubject) {
				t.Errorf("subject %q names the person", subject)
			}
			checkText(t, "body", body, tt.want, tt.unwanted)
			checkLayout(t, body)
		})
	}
}

func TestRequestUpdated(t *testing.T) {
	const reason = "We need a copy of your passport to confirm who you are, because the address you gave does not match our records."
	tests := []struct {
		state, note    string
		due            time.Time
		wantSubject    string
		want, unwanted []string
	}{
		{"IN_PROGRESS", "", due, "We are working on your request",
			[]string{"started work on your request for a copy of your personal data", "We will answer by " + dueDay}, nil},
		{"AWAITING_INFORMATION", reason, due, "We need more information about your request",
			[]string{"we need more information from you", "passport to confirm who you are", "paused", "reply through the portal"}, []string{dueDay}},
		{"AWAITING_INFORMATION", "", due, "We need more information about your request",
			[]string{"The portal explains what we need", "paused"}, nil},
		{"EXTENDED", "The request covers ten years of records held in three systems.", extended, "We need more time for your request",
			[]string{"We will now answer by " + extendedDay, "ten years of records", "two extra months"}, []string{dueDay}},
		{"COMPLETED", "", due, "Your request is complete",
			[]string{"We have completed your request", "ready for you to download"}, []string{dueDay, "Details:"}},
		{"COMPLETED", "We corrected your postcode.", due, "Your request is complete",
			[]string{"We have completed your request", "Details:", "corrected your postcode"}, []string{dueDay}},
		{"REJECTED", "This request repeats one we answered last month.", due, "Our decision on your request",
			[]string{"decided not to act on your request", "This is our reason:", "repeats one we answered", "Information Commissioner's Office", "0303 123 1113"}, []string{dueDay}},
		{"CANCELLED", "", due, "Your request has been cancelled",
			[]string{"Your request for a copy of your personal data has been cancelled", "make a new request"}, []string{dueDay, "reason"}},
		{"CANCELLED", "You asked us to stop.", due, "Your request has been cancelled",
			[]string{"The reason given:", "You asked us to stop."}, []string{dueDay}},
		{"SUBMITTED", "", due, "There is an update on your request",
			[]string{"update on your request for a copy of your personal data", link}, nil},
	}
	for _, tt := range tests {
		name := strings.ToLower(tt.state)
		if tt.note == "" {
			name += " without a note"
		}
		t.Run(name, func(t *testing.T) {
			n := notice(tt.state, tt.note)
			n.Due = tt.due
			subject, body := notify.RequestUpdated(n)
			if subject != tt.wantSubject {
				t.Errorf("subject = %q, want %q", subject, tt.wantSubject)
			}
			checkText(t, "body", body, append(tt.want, "Hello Ellen,", link), tt.unwanted)
			checkLayout(t, body)
		})
	}
}

func TestRequestUpdatedSpeaksToEachAudience(t *testing.T) {
	tests := []struct {
		name, recipient string
		onBehalf        bool
		want, unwanted  []string
	}{
		{"the subject's own request", "Ellen", false, []string{"Your request for a copy of your personal data has been cancelled"}, []string{"behalf"}},
		{"the subject, of a request made for them", "Ellen", true, []string{"The request for a copy of your personal data that your employer made on your behalf has been cancelled"}, nil},
		{"the admin who made it", "Priya", true, []string{"The request you made on behalf of Ellen (a request for a copy of their personal data) has been cancelled"}, []string{"your personal data"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := notice("CANCELLED", "")
			n.RecipientName, n.OnBehalf = tt.recipient, tt.onBehalf
			n.ForSubmitter = tt.onBehalf && tt.recipient != n.SubjectName
			_, body := notify.RequestUpdated(n)
			checkText(t, "body", body, tt.want, tt.unwanted)
		})
	}
}

func TestRequestMessage(t *testing.T) {
	message := "Could you tell us which courses you mean?\nThe ones from 2024 would be enough."
	subject, body := notify.RequestMessage(notice("IN_PROGRESS", message))
	if subject != "New message about your request" {
		t.Errorf("subject = %q", subject)
	}
	checkText(t, "body", body, []string{
		"new message about your request for a copy of your personal data",
		"To reply, open the request in the portal:\n" + link,
	}, nil)
	if quoted := "\n\n    Could you tell us which courses you mean?\n    The ones from 2024 would be enough.\n\n"; !strings.Contains(body, quoted) {
		t.Errorf("the message is not quoted as it was written:\n%s", body)
	}
	if strings.Count(body, link) != 1 {
		t.Errorf("the link appears %d times", strings.Count(body, link))
	}
	checkLayout(t, body)
}

func TestStaffDigest(t *testing.T) {
	// 07:00 UTC on Tuesday 3 March 2026 is 07:00 in London.
	today := time.Date(2026, 3, 3, 7, 0, 0, 0, time.UTC)
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	on := func(month time.Month, d int) time.Time { return time.Date(2026, month, d, 0, 0, 0, 0, london) }
	items := []notify.DigestItem{
		{RequestID: "3", Type: "PORTABILITY", SubjectName: "Zoë Brontë", Due: on(time.March, 10)},
		{RequestID: "1", Type: "ERASURE", SubjectName: "Ellen Jones", Due: on(time.March, 2), Overdue: true},
		{RequestID: "5", Type: "ACCESS", SubjectName: "Later Person", Due: on(time.March, 11)},
		{RequestID: "2", Type: "ACCESS", SubjectName: "Ravi Patel", Due: on(time.March, 4)},
		{RequestID: "4", Type: "RECTIFICATION", SubjectName: "Ann Lee", Due: on(time.February, 27), Overdue: true},
	}
	tests := []struct {
		name           string
		items          []notify.DigestItem
		wantSubject    string
		want, unwanted []string
		order          []string
	}{
		{"overdue first, then due soon, soonest first", items, "Rights requests: 2 overdue, 2 due within 7 days",
			[]string{"Hello Sam,", "as of Tuesday 3 March 2026", "Overdue (2):", "Due within the next 7 days (2):",
				"Ann Lee, rectification request: due Friday 27 February 2026 (4 days overdue)",
				"Ellen Jones, erasure request: due Monday 2 March 2026 (1 day overdue)",
				"Ravi Patel, access request: due Wednesday 4 March 2026 (tomorrow)",
				"Zoë Brontë, data portability request: due Tuesday 10 March 2026 (in 7 days)",
				"https://portal.example/requests/4"},
			[]string{"Later Person"},
			[]string{"Ann Lee", "Ellen Jones", "Ravi Patel", "Zoë Brontë"}},
		{"only due soon", items[:1], "Rights requests: 0 overdue, 1 due within 7 days",
			[]string{"Zoë Brontë"}, []string{"Overdue ("}, nil},
		{"nothing to do", items[2:3], "Rights requests: nothing overdue or due within 7 days",
			[]string{"no rights request is overdue or due within the next 7 days"}, []string{"Later Person", "Overdue ("}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			subject, body := notify.StaffDigest("Sam", tt.items, "https://portal.example", today)
			if subject != tt.wantSubject {
				t.Errorf("subject = %q, want %q", subject, tt.wantSubject)
			}
			checkText(t, "body", body, tt.want, tt.unwanted)
			last := -1
			for _, name := range tt.order {
				i := strings.Index(body, name)
				if i < last {
					t.Errorf("%s is listed out of order:\n%s", name, body)
				}
				last = i
			}
			checkLayout(t, body)
		})
	}
}
