package notify

import (
	"fmt"
	"net/url"
	"strings"
	"time"
)

// The texts of the portal's emails: plain UK English, no HTML, each a pure function of plain
// data so that a test can read every variant. Dates are the day in London, written out in full
// ("Tuesday 3 March 2026"), because a deadline is a day, not an instant.

// RequestNotice is what an email about a rights request needs to know.
type RequestNotice struct {
	// RecipientName is whom the email greets; "" greets nobody by name.
	RecipientName string
	// SubjectName is the person the request is about.
	SubjectName string
	// OnBehalf says someone else made the request for its subject. The email then speaks to one
	// of two people: the subject, who learns that a request was made for them, or the person who
	// made it (ForSubmitter).
	OnBehalf bool
	// ForSubmitter says the email goes to whoever made the request for the subject.
	ForSubmitter bool
	// OnBehalfBy names who made the request for the subject, as the subject would say it ("your
	// employer, Acme Training"); "" means "your employer".
	OnBehalfBy string
	// RequestType and State are the request's enum values, such as "ACCESS" and "IN_PROGRESS".
	RequestType, State string
	// Received and Due are when the request was received and when it must be answered.
	Received, Due time.Time
	// Note is the words of the change: what information is needed, why the request was extended
	// or rejected, the outcome, or the text of a new message.
	Note string
	// PortalURL is the portal's address, without a trailing path; RequestID is the request's ID
	// in the portal's URLs.
	PortalURL string
	RequestID string
}

// RequestReceived is the acknowledgement of a new request, with the date it will be answered by.
func RequestReceived(n RequestNotice) (subject, body string) {
	received, due := day(n.Received), day(n.Due)
	var p []string
	switch {
	case n.toSubmitter():
		subject = "We have received the request you made on someone else's behalf"
		p = append(p, fmt.Sprintf("We received the request you made on behalf of %s on %s: %s.",
			n.subjectName(), received, withArticle(describe(n.RequestType, "their"))),
			fmt.Sprintf("We will answer by %s.", due))
	case n.OnBehalf:
		subject = "A request about your personal data has been made on your behalf"
		p = append(p, fmt.Sprintf("%s has made %s on your behalf. We received it on %s.",
			capitalise(n.onBehalfBy()), withArticle(describe(n.RequestType, "your")), received),
			fmt.Sprintf("We will answer by %s.", due),
			"If you did not know about this request or have any questions about it, please send us a message through the portal.")
	default:
		subject = "We have received your request"
		p = append(p, fmt.Sprintf("We received your %s on %s.", describe(n.RequestType, "your"), received),
			fmt.Sprintf("We will answer by %s.", due))
	}
	p = append(p, "The law gives us one calendar month to answer. If we need more information from you, "+
		"or more time because the request is complex, we will tell you why before then.")
	return subject, n.letter(p, followLink)
}

// RequestUpdated tells the person what a change of the request's state means for them.
func RequestUpdated(n RequestNotice) (subject, body string) {
	ref := n.reference()
	var p []string
	switch n.State {
	case "IN_PROGRESS":
		subject = "We are working on your request"
		p = append(p, fmt.Sprintf("We have started work on %s. We will answer by %s.", ref, day(n.Due)))
	case "AWAITING_INFORMATION":
		subject = "We need more information about your request"
		if n.Note == "" {
			p = append(p, fmt.Sprintf("Before we can carry on with %s, we need more information from you. "+
				"The portal explains what we need.", ref))
		} else {
			p = append(p, fmt.Sprintf("Before we can carry on with %s, we need more information from you:", ref),
				indent(n.Note))
		}
		p = append(p, "Please reply through the portal. The time we have to answer is paused until we hear "+
			"from you, so the date we will answer by moves later by however long that takes.")
	case "EXTENDED":
		subject = "We need more time for your request"
		p = append(p, fmt.Sprintf("We need more time to answer %s. We will now answer by %s.", ref, day(n.Due)))
		if n.Note != "" {
			p = append(p, "This is why we need more time:", indent(n.Note))
		}
		p = append(p, "The law allows us up to two extra months when a request is complex, "+
			"or when we have received a number of requests from the same person.")
	case "COMPLETED":
		subject = "Your request is complete"
		p = append(p, fmt.Sprintf("We have completed %s.", ref))
		if (n.RequestType == "ACCESS" || n.RequestType == "PORTABILITY") && !n.toSubmitter() {
			p = append(p, "Your data is ready for you to download from the portal.")
		}
		if n.Note != "" {
			p = append(p, "Details:", indent(n.Note))
		}
	case "REJECTED":
		subject = "Our decision on your request"
		p = append(p, fmt.Sprintf("We have decided not to act on %s.", ref))
		if n.Note != "" {
			p = append(p, "This is our reason:", indent(n.Note))
		}
		p = append(p, "If you disagree, please tell us through the portal and we will look at it again. "+
			"You also have the right to complain to the Information Commissioner's Office "+
			"(ico.org.uk/make-a-complaint, telephone 0303"+nbsp+"123"+nbsp+"1113), and to ask a court to enforce your rights.")
	case "CANCELLED":
		subject = "Your request has been cancelled"
		p = append(p, fmt.Sprintf("%s has been cancelled, so we will take no further action on it.", capitalise(ref)))
		if n.Note != "" {
			p = append(p, "The reason given:", indent(n.Note))
		}
		p = append(p, "If you still want us to act, you can make a new request in the portal at any time.")
	default:
		subject = "There is an update on your request"
		p = append(p, fmt.Sprintf("There is an update on %s. The portal shows where it has got to.", ref))
	}
	return subject, n.letter(p, followLink)
}

// RequestMessage passes on a new message about a request: the text, and where to answer it.
func RequestMessage(n RequestNotice) (subject, body string) {
	p := []string{fmt.Sprintf("There is a new message about %s:", n.reference())}
	if n.Note != "" {
		p = append(p, indent(n.Note))
	}
	return "New message about your request", n.letter(p, "To reply, open the request in the portal:")
}

// toSubmitter says whether the email goes to the person who made the request for its subject.
func (n RequestNotice) toSubmitter() bool { return n.OnBehalf && n.ForSubmitter }

func (n RequestNotice) subjectName() string {
	if n.SubjectName == "" {
		return "the person it is about"
	}
	return n.SubjectName
}

func (n RequestNotice) onBehalfBy() string {
	if n.OnBehalfBy == "" {
		return "your employer"
	}
	return n.OnBehalfBy
}

// reference is how a later email names the request, for its audience.
func (n RequestNotice) reference() string {
	switch {
	case n.toSubmitter():
		return fmt.Sprintf("the request you made on behalf of %s (%s)", n.subjectName(), withArticle(describe(n.RequestType, "their")))
	case n.OnBehalf:
		return fmt.Sprintf("the %s that %s made on your behalf", describe(n.RequestType, "your"), n.onBehalfBy())
	}
	return "your " + describe(n.RequestType, "your")
}

// link is the request's page in the portal, or "" without a portal URL.
func (n RequestNotice) link() string {
	if n.PortalURL == "" || n.RequestID == "" {
		return ""
	}
	return strings.TrimRight(n.PortalURL, "/") + "/requests/" + url.PathEscape(n.RequestID)
}

// followLink introduces the link to the request at the end of most emails.
const followLink = "You can follow the request at any time in the portal:"

// letter wraps paragraphs in a greeting, a link to the request introduced by linkIntro, and a
// signature.
func (n RequestNotice) letter(paragraphs []string, linkIntro string) string {
	greeting := "Hello,"
	if n.RecipientName != "" {
		greeting = "Hello " + n.RecipientName + ","
	}
	all := append([]string{greeting}, paragraphs...)
	if link := n.link(); link != "" {
		all = append(all, linkIntro+"\n"+link)
	}
	return letter(all)
}

// letter joins paragraphs, wrapped, with the footer every email to a requester ends with.
func letter(paragraphs []string) string {
	return join(append(paragraphs,
		"Please do not reply to this email: replies are not read. To contact us, send a message through the portal.",
		"Kind regards,\nThe Learner Privacy Portal"))
}

// join wraps paragraphs and separates them with blank lines.
func join(paragraphs []string) string {
	for i, p := range paragraphs {
		paragraphs[i] = strings.ReplaceAll(wrap(p, 72), nbsp, " ")
	}
	return strings.Join(paragraphs, "\n\n") + "\n"
}

// nbsp joins words that wrap must keep on one line (a date, a telephone number); join turns it
// back into a space.
const nbsp = "\u00a0"

// describe names a request of type t about possessive's ("your", "their") personal data.
func describe(t, possessive string) string {
	switch t {
	case "ACCESS":
		return "request for a copy of " + possessive + " personal data"
	case "PORTABILITY":
		return "request to receive " + possessive + " personal data in a format another organisation can use"
	case "RECTIFICATION":
		return "request to correct " + possessive + " personal data"
	case "ERASURE":
		return "request to erase " + possessive + " personal data"
	case "RESTRICTION":
		return "request to restrict how we use " + possessive + " personal data"
	case "OBJECTION":
		return "objection to how we use " + possessive + " personal data"
	}
	return "request about " + possessive + " personal data"
}

// withArticle puts "a" or "an" before a description.
func withArticle(s string) string {
	if strings.IndexAny(s[:1], "aeiou") == 0 {
		return "an " + s
	}
	return "a " + s
}

// london is where the portal's dates are shown. The server embeds time/tzdata (see main.go),
// so failing to load it means a broken build.
var london = func() *time.Location {
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		panic("notify: cannot load Europe/London: " + err.Error())
	}
	return loc
}()

// day writes the date of t in London, as "Tuesday 3 March 2026", kept on one line.
func day(t time.Time) string {
	return t.In(london).Format("Monday" + nbsp + "2" + nbsp + "January" + nbsp + "2006")
}

// capitalise upper-cases the first letter of an ASCII sentence start.
func capitalise(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// indent sets quoted text (a note, a message) apart from the email's own words.
func indent(s string) string {
	lines := strings.Split(strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n")), "\n")
	for i, l := range lines {
		lines[i] = "    " + wrap(l, 68)
		lines[i] = strings.ReplaceAll(lines[i], "\n", "\n    ")
	}
	return strings.Join(lines, "\n")
}

// wrap breaks each line of s before width characters where it has a space; longer words (links)
// stay whole, and so do words joined by nbsp. Lines already indented are left alone.
func wrap(s string, width int) string {
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		if strings.HasPrefix(line, " ") || len([]rune(line)) <= width {
			continue
		}
		var b strings.Builder
		n := 0
		for j, word := range strings.FieldsFunc(line, func(r rune) bool { return r == ' ' }) {
			w := len([]rune(word))
			switch {
			case j == 0:
			case n+1+w > width:
				b.WriteByte('\n')
				n = 0
			default:
				b.WriteByte(' ')
				n++
			}
			b.WriteString(word)
			n += w
		}
		lines[i] = b.String()
	}
	return strings.Join(lines, "\n")
}
