// Package deadline is the statutory clock for rights requests under UK GDPR, following the ICO's
// rules: a request is due one calendar month after receipt, moved to the next working day when
// that falls on a weekend or public holiday, paused while the provider waits for identity or
// clarification, and extendable by up to two further months.
//
// All dates are civil dates in the UK (Europe/London), because the law counts calendar days as
// the requester experiences them, not UTC days: a request sent at 23:30 UTC on 31 August is
// received on 1 September in London.
package deadline

import (
	"fmt"
	"strings"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/gb"

	"github.com/learnerportal/portal/server/errcode"
)

// Nation is a UK nation whose public holidays decide which days are working days. The nations
// differ: Scotland has 2 January and St Andrew's Day but no Easter Monday and an earlier summer
// bank holiday; Northern Ireland adds St Patrick's Day and the Battle of the Boyne.
type Nation string

// The nations a Clock can be configured for. The values are stable configuration strings.
const (
	EnglandAndWales Nation = "england-and-wales"
	Scotland        Nation = "scotland"
	NorthernIreland Nation = "northern-ireland"
)

// nations lists the valid values in the order error messages show them.
var nations = []Nation{EnglandAndWales, Scotland, NorthernIreland}

// ParseNation reads a nation from configuration. It ignores case and surrounding space, and an
// empty value means EnglandAndWales, the default, so an unset setting needs no special casing.
func ParseNation(s string) (Nation, error) {
	norm := strings.ToLower(strings.TrimSpace(s))
	if norm == "" {
		return EnglandAndWales, nil
	}
	for _, n := range nations {
		if norm == string(n) {
			return n, nil
		}
	}
	valid := make([]string, len(nations))
	for i, n := range nations {
		valid[i] = string(n)
	}
	return "", fmt.Errorf("deadline: unknown UK nation %q: valid values are %s", s, strings.Join(valid, ", "))
}

// Errors CheckExtension returns. Their codes are stable so clients can act on them; callers must
// not modify them, because they are shared.
var (
	// ErrExtensionTooLong refuses an extension that would take the total past two months.
	ErrExtensionTooLong = errcode.New("EXTENSION_TOO_LONG",
		"A request can be extended by at most two months in total.")
	// ErrExtensionTooLate refuses an extension after the first month: the law requires the
	// requester to be told of an extension within one month of receipt.
	ErrExtensionTooLate = errcode.New("EXTENSION_TOO_LATE",
		"An extension must be made within the first month, by the end of the original due date.")
	// ErrExtensionInvalid refuses an extension that does not add one or two whole months.
	ErrExtensionInvalid = errcode.New(errcode.Validation,
		"An extension must add one or two months.")
)

// maxExtensionMonths is the statutory limit on extensions, in total.
const maxExtensionMonths = 2

// DueSoonDays is how many calendar days ahead the staff queue and digest warn of a deadline.
const DueSoonDays = 7

// london is loaded once; the binary embeds time/tzdata (see server/main.go), so failure is a
// broken build or a host without zoneinfo running the tests.
var london = func() *time.Location {
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		panic("deadline: cannot load Europe/London: " + err.Error())
	}
	return loc
}()

// The holidays rickar/cal does not define for Scotland and Northern Ireland (its gb package only
// models England and Wales plus Scotland's August holiday). They are rules evaluated by the
// library, not lists of dates, and their substitute days follow gov.uk: a weekend holiday moves
// to the next weekday that is not already a holiday.
var (
	// secondJanuary is Scotland's 2 January. It substitutes like Boxing Day, because New Year's
	// Day takes the first free Monday: 2 Jan on Saturday → Monday 4th, on Sunday → Tuesday 4th
	// (Monday 3rd is New Year's substitute), on Monday → Tuesday 3rd (Monday is New Year's).
	secondJanuary = &cal.Holiday{
		Name:  "2nd January",
		Type:  cal.ObservanceBank,
		Month: time.January,
		Day:   2,
		Func:  cal.CalcDayOfMonth,
		Observed: []cal.AltDay{
			{Day: time.Saturday, Offset: 2},
			{Day: time.Sunday, Offset: 2},
			{Day: time.Monday, Offset: 1},
		},
	}
	// weekendToMonday is the plain substitute rule for a holiday with no neighbour.
	weekendToMonday = []cal.AltDay{
		{Day: time.Saturday, Offset: 2},
		{Day: time.Sunday, Offset: 1},
	}
	// stAndrewsDay is Scotland's St Andrew's Day, 30 November, a bank holiday since the St
	// Andrew's Day Bank Holiday (Scotland) Act 2007.
	stAndrewsDay = &cal.Holiday{
		Name: "St Andrew's Day", Type: cal.ObservanceBank, StartYear: 2007,
		Month: time.November, Day: 30, Func: cal.CalcDayOfMonth, Observed: weekendToMonday,
	}
	// stPatricksDay is Northern Ireland's St Patrick's Day, 17 March.
	stPatricksDay = &cal.Holiday{
		Name: "St Patrick's Day", Type: cal.ObservanceBank,
		Month: time.March, Day: 17, Func: cal.CalcDayOfMonth, Observed: weekendToMonday,
	}
	// battleOfTheBoyne is Northern Ireland's Orangemen's Day, 12 July.
	battleOfTheBoyne = &cal.Holiday{
		Name: "Battle of the Boyne", Type: cal.ObservanceBank,
		Month: time.July, Day: 12, Func: cal.CalcDayOfMonth, Observed: weekendToMonday,
	}
)

// holidaysFor returns the holiday rules of nation n, or nil when n is unknown.
func holidaysFor(n Nation) []*cal.Holiday {
	switch n {
	case EnglandAndWales:
		return gb.Holidays
	case Scotland:
		// Built from gb's shared definitions, including the one-off days (VE Day 2020, the
		// 2022 jubilee, the 2023 coronation) that applied UK-wide; no Easter Monday, and the
		// summer holiday is the first Monday of August rather than the last.
		return []*cal.Holiday{
			gb.NewYear, secondJanuary, gb.GoodFriday, gb.EarlyMay, gb.VEDay, gb.CoronationDay,
			gb.SpringHoliday, gb.SpringHoliday2022, gb.PlatinumJubilee, gb.SummerHolidayScotland,
			stAndrewsDay, gb.ChristmasDay, gb.BoxingDay,
		}
	case NorthernIreland:
		return append(append([]*cal.Holiday{}, gb.Holidays...), stPatricksDay, battleOfTheBoyne)
	}
	return nil
}

// Clock computes deadlines with the public holidays of one nation. It holds only immutable
// holiday rules (no cache), so it is safe for concurrent use.
type Clock struct {
	holidays []*cal.Holiday
}

// New returns the clock for nation n; the empty Nation means EnglandAndWales. An unknown nation
// panics: configuration goes through ParseNation, so reaching here with one is a programming
// error, and silently using another nation's holidays would misstate legal deadlines.
func New(n Nation) *Clock {
	if n == "" {
		n = EnglandAndWales
	}
	h := holidaysFor(n)
	if h == nil {
		panic(fmt.Sprintf("deadline: unknown UK nation %q", string(n)))
	}
	return &Clock{holidays: h}
}

// IsWorkingDay reports whether day's civil date in Europe/London is a weekday that is not a
// public holiday (or a holiday's substitute day) in the clock's nation.
func (c *Clock) IsWorkingDay(day time.Time) bool {
	return c.isWorkingDate(civilDate(day))
}

// Due returns the day a request received at received must be answered by: the corresponding
// date 1+extensionMonths months after the day of receipt (the month's last day when it has no
// such date), plus pausedDays calendar days, moved forward to the next working day. The result is
// midnight Europe/London at the start of that day; the request is on time all through it.
//
// Due cannot fail, so it clamps instead: extensionMonths below 0 or above 2 count as 0 or 2 (the
// law allows nothing else, and CheckExtension is where a bad request is refused), and negative
// pausedDays count as 0.
func (c *Clock) Due(received time.Time, extensionMonths, pausedDays int) time.Time {
	d := c.due(civilDate(received), clamp(extensionMonths, 0, maxExtensionMonths), max(pausedDays, 0))
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, london)
}

// CheckExtension reports whether a request received at received, already extended by
// currentMonths and paused for pausedDays, may be extended by additionalMonths more at now. It
// returns ErrExtensionInvalid when additionalMonths is not 1 or 2, ErrExtensionTooLong when the
// total would pass two months, and ErrExtensionTooLate when now is after the unextended due date
// (including paused days and the move to a working day: the first month ends when the original
// deadline does, so a staff member acting on the deadline they were shown is never refused).
// Every extension, including a second one, must fall in that first month. A currentMonths outside
// 0–2 is stored data gone wrong, so it is an uncoded (internal) error rather than a refusal.
func (c *Clock) CheckExtension(received, now time.Time, currentMonths, additionalMonths, pausedDays int) error {
	if currentMonths < 0 || currentMonths > maxExtensionMonths {
		return fmt.Errorf("deadline: request already extended by %d months, outside 0–%d", currentMonths, maxExtensionMonths)
	}
	if additionalMonths < 1 || additionalMonths > maxExtensionMonths {
		return ErrExtensionInvalid
	}
	if currentMonths+additionalMonths > maxExtensionMonths {
		return ErrExtensionTooLong
	}
	firstMonthEnds := c.due(civilDate(received), 0, max(pausedDays, 0))
	if civilDate(now).After(firstMonthEnds) {
		return ErrExtensionTooLate
	}
	return nil
}

// Overdue reports whether, at now, the due day has ended in UK time. A request due today is not
// overdue until midnight in London.
func (c *Clock) Overdue(due, now time.Time) bool {
	return civilDate(now).After(civilDate(due))
}

// DueSoon reports whether a request that is not yet overdue is due within the next 7 calendar
// days, counting in UK civil dates and including both today and the day 7 days from now, so a
// warning appears a full week ahead whichever way "within 7 days" is read.
func (c *Clock) DueSoon(due, now time.Time) bool {
	left := daysBetween(civilDate(now), civilDate(due))
	return left >= 0 && left <= DueSoonDays
}

// PausedDays returns the whole UK calendar days between pausing at from and resuming at to:
// resuming the same day gives 0, the next day 1. It counts civil dates, not 24-hour periods, so
// a pause spanning a clock change counts the same as any other; to before from gives 0.
func PausedDays(from, to time.Time) int {
	return max(daysBetween(civilDate(from), civilDate(to)), 0)
}

// due is Due on civil dates, with arguments already in range.
func (c *Clock) due(received time.Time, extensionMonths, pausedDays int) time.Time {
	d := addMonthsClamped(received, 1+extensionMonths).AddDate(0, 0, pausedDays)
	// Paused days are added before moving to a working day: the pause extends the calendar
	// month, and only the final day has to be one the provider can act on.
	for !c.isWorkingDate(d) {
		d = d.AddDate(0, 0, 1)
	}
	return d
}

// isWorkingDate reports whether the civil date d (UTC midnight) is a working day.
func (c *Clock) isWorkingDate(d time.Time) bool {
	if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return false
	}
	year, month, day := d.Date()
	for _, h := range c.holidays {
		// Only the observed date closes offices: when a holiday falls on a weekend its
		// substitute is the day off. Neighbouring years are checked because a substitute
		// may cross New Year.
		for y := year - 1; y <= year+1; y++ {
			_, obs := h.Calc(y)
			if obs.IsZero() {
				continue
			}
			if oy, om, od := obs.Date(); oy == year && om == month && od == day {
				return false
			}
		}
	}
	return true
}

// civilDate returns t's date in Europe/London as midnight UTC, so that day arithmetic on it is
// exact (no 23- or 25-hour days).
func civilDate(t time.Time) time.Time {
	y, m, d := t.In(london).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// addMonthsClamped returns the date n months after d, or the last day of that month when it is
// shorter. time.AddDate would normalise 31 January + 1 month to 3 March instead.
func addMonthsClamped(d time.Time, n int) time.Time {
	first := time.Date(d.Year(), d.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return first.AddDate(0, 0, min(d.Day(), last)-1)
}

// daysBetween returns the calendar days from civil date a to civil date b.
func daysBetween(a, b time.Time) int {
	return int(b.Sub(a) / (24 * time.Hour))
}

// clamp limits v to [lo, hi].
func clamp(v, lo, hi int) int {
	return min(max(v, lo), hi)
}

// StartOfDay returns midnight in London at the start of t's UK date, as an instant. A request is
// overdue exactly when its due date is before the start of today.
func StartOfDay(t time.Time) time.Time {
	y, m, d := t.In(london).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, london)
}

// CalendarDays returns the UK calendar days from from's date to to's date.
func CalendarDays(from, to time.Time) int {
	return daysBetween(civilDate(from), civilDate(to))
}
