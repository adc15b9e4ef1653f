package notify

import (
	"fmt"
	"github.com/learnerportal/portal/server/deadline"
	"sort"
	"strings"
	"time"
)

// DigestItem is an open rights request in the staff digest.
type DigestItem struct {
	RequestID, Type, SubjectName string
	Due                          time.Time
	Overdue                      bool
}

// digestDays is how far ahead the digest looks: the staff queue's "due soon".
const digestDays = deadline.DueSoonDays

// StaffDigest is the daily email to a member of staff listing the requests that need them: the
// overdue ones first, then those due within digestDays of today, each soonest first. Requests due
// later are left out, so the caller may pass every open request.
func StaffDigest(staffName string, items []DigestItem, portalURL string, today time.Time) (subject, body string) {
	var overdue, soon []DigestItem
	for _, it := range items {
		switch {
		case it.Overdue:
			overdue = append(overdue, it)
		case daysBetween(today, it.Due) <= digestDays:
			soon = append(soon, it)
		}
	}
	for _, list := range [][]DigestItem{overdue, soon} {
		sort.SliceStable(list, func(i, j int) bool { return list[i].Due.Before(list[j].Due) })
	}

	greeting := "Hello,"
	if staffName != "" {
		greeting = "Hello " + staffName + ","
	}
	p := []string{greeting}
	if len(overdue)+len(soon) == 0 {
		subject = fmt.Sprintf("Rights requests: nothing overdue or due within %d days", digestDays)
		p = append(p, fmt.Sprintf("As of %s, no rights request is overdue or due within the next %d days.",
			day(today), digestDays))
	} else {
		subject = fmt.Sprintf("Rights requests: %d overdue, %d due within %d days", len(overdue), len(soon), digestDays)
		p = append(p, fmt.Sprintf("These rights requests need attention, as of %s.", day(today)))
	}
	if len(overdue) > 0 {
		p = append(p, digestSection(fmt.Sprintf("Overdue (%d):", len(overdue)), overdue, portalURL, today))
	}
	if len(soon) > 0 {
		p = append(p, digestSection(fmt.Sprintf("Due within the next %d days (%d):", digestDays, len(soon)), soon, portalURL, today))
	}
	if portalURL != "" {
		p = append(p, "The full queue is in the portal:\n"+portalURL)
	}
	p = append(p, "You receive this digest because you are a member of staff on the Learner Privacy Portal.",
		"The Learner Privacy Portal")
	return subject, join(p)
}

func digestSection(title string, items []DigestItem, portalURL string, today time.Time) string {
	lines := []string{title}
	for _, it := range items {
		name := it.SubjectName
		if name == "" {
			name = "(no name)"
		}
		lines = append(lines, fmt.Sprintf("  - %s, %s: due %s (%s)", name, requestLabel(it.Type), day(it.Due), when(it, today)))
		if portalURL != "" && it.RequestID != "" {
			lines = append(lines, "    "+RequestNotice{PortalURL: portalURL, RequestID: it.RequestID}.link())
		}
	}
	return strings.Join(lines, "\n")
}

// when says how far the item's due date is from today.
func when(it DigestItem, today time.Time) string {
	days := daysBetween(today, it.Due)
	switch {
	case it.Overdue && days < -1:
		return fmt.Sprintf("%d days overdue", -days)
	case it.Overdue && days == -1:
		return "1 day overdue"
	case it.Overdue:
		return "overdue"
	case days <= 0:
		return "today"
	case days == 1:
		return "tomorrow"
	}
	return fmt.Sprintf("in %d days", days)
}

// requestLabel names a request type for staff.
func requestLabel(t string) string {
	switch t {
	case "ACCESS", "RECTIFICATION", "ERASURE", "RESTRICTION", "OBJECTION":
		return strings.ToLower(t) + " request"
	case "PORTABILITY":
		return "data portability request"
	}
	return "request"
}

// daysBetween counts the calendar days in London from the date of a to the date of b.
func daysBetween(a, b time.Time) int {
	date := func(t time.Time) time.Time {
		y, m, d := t.In(london).Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	return int(date(b).Sub(date(a)).Hours() / 24)
}
