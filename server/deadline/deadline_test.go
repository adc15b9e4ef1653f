package deadline

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/learnerportal/portal/server/errcode"
)

// Every weekday in these tests was computed with Go's calendar, not recalled; comments name it
// so a reader can see why a date rolls.

// utc parses an RFC 3339 instant.
func utc(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// uk returns a wall-clock time in London.
func uk(y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, london)
}

// ukDay returns midnight in London at the start of the date "2006-01-02".
func ukDay(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.ParseInLocation(time.DateOnly, s, london)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// checkDay fails unless got is midnight Europe/London at the start of want.
func checkDay(t *testing.T, got time.Time, want string) {
	t.Helper()
	if got.Location() != london {
		t.Errorf("location = %v, want Europe/London", got.Location())
	}
	if s := got.In(london).Format("2006-01-02 15:04:05 Mon"); !strings.HasPrefix(s, want+" 00:00:00") {
		t.Errorf("due = %s, want %s at midnight", s, want)
	}
}

func TestDue(t *testing.T) {
	tests := []struct {
		name      string
		nation    Nation
		received  time.Time
		extension int
		paused    int
		want      string
	}{
		{name: "3 September is due 3 October (Friday)", received: uk(2025, 9, 3, 10, 0), want: "2025-10-03"},
		{name: "31 January non-leap clamps to 28 February (Friday)", received: uk(2025, 1, 31, 9, 0), want: "2025-02-28"},
		{name: "31 January leap year clamps to 29 February (Tuesday)", received: uk(2028, 1, 31, 9, 0), want: "2028-02-29"},
		{name: "29 February leap year lands on Good Friday then Easter Monday", received: uk(2024, 2, 29, 9, 0), want: "2024-04-02"},
		{name: "31 March clamps to 30 April (Wednesday)", received: uk(2025, 3, 31, 9, 0), want: "2025-04-30"},
		{name: "30 April is due 30 May (Friday)", received: uk(2025, 4, 30, 9, 0), want: "2025-05-30"},
		{name: "due Saturday 14 June moves to Monday", received: uk(2025, 5, 14, 9, 0), want: "2025-06-16"},
		{name: "due Easter Monday moves to Tuesday", received: uk(2025, 3, 21, 9, 0), want: "2025-04-22"},
		{name: "due early May bank holiday moves to Tuesday", received: uk(2025, 4, 5, 9, 0), want: "2025-05-06"},
		{name: "due Christmas Saturday 2027 skips both substitutes to Wednesday 29th", received: uk(2027, 11, 25, 9, 0), want: "2027-12-29"},
		{name: "due Christmas Saturday 2032 skips both substitutes to Wednesday 29th", received: uk(2032, 11, 25, 9, 0), want: "2032-12-29"},
		{name: "due Boxing Day Monday 2022 when Christmas was Sunday moves to Wednesday", received: uk(2022, 11, 26, 9, 0), want: "2022-12-28"},
		{name: "due Saturday New Year 2022 in England moves past Monday substitute", received: uk(2021, 12, 1, 9, 0), want: "2022-01-04"},
		{name: "due Saturday New Year 2022 in Scotland also skips 2 January substitute", nation: Scotland, received: uk(2021, 12, 1, 9, 0), want: "2022-01-05"},
		{name: "due 2 January 2026 (Friday) is a working day in England", received: uk(2025, 12, 2, 9, 0), want: "2026-01-02"},
		{name: "due 2 January 2026 is a holiday in Scotland", nation: Scotland, received: uk(2025, 12, 2, 9, 0), want: "2026-01-05"},
		{name: "due Monday 2 January 2023 in England (New Year substitute)", received: uk(2022, 12, 2, 9, 0), want: "2023-01-03"},
		{name: "due Monday 2 January 2023 in Scotland (2 January substitute on Tuesday)", nation: Scotland, received: uk(2022, 12, 2, 9, 0), want: "2023-01-04"},
		{name: "due Monday 1 December 2025 in England", received: uk(2025, 11, 1, 9, 0), want: "2025-12-01"},
		{name: "due St Andrew's Day substitute 1 December 2025 in Scotland", nation: Scotland, received: uk(2025, 11, 1, 9, 0), want: "2025-12-02"},
		{name: "due Saturday St Andrew's Day 2024 in Scotland skips Monday substitute", nation: Scotland, received: uk(2024, 10, 30, 9, 0), want: "2024-12-03"},
		{name: "due Easter Monday is a working day in Scotland", nation: Scotland, received: uk(2025, 3, 21, 9, 0), want: "2025-04-21"},
		{name: "due first Monday of August is a holiday in Scotland", nation: Scotland, received: uk(2025, 7, 4, 9, 0), want: "2025-08-05"},
		{name: "due first Monday of August is a working day in England", received: uk(2025, 7, 4, 9, 0), want: "2025-08-04"},
		{name: "due last Monday of August is a working day in Scotland", nation: Scotland, received: uk(2025, 7, 25, 9, 0), want: "2025-08-25"},
		{name: "due St Patrick's Day is a working day in England", received: uk(2026, 2, 17, 9, 0), want: "2026-03-17"},
		{name: "due St Patrick's Day is a holiday in Northern Ireland", nation: NorthernIreland, received: uk(2026, 2, 17, 9, 0), want: "2026-03-18"},
		{name: "due Saturday Boyne 2025 in England moves to Monday", received: uk(2025, 6, 12, 9, 0), want: "2025-07-14"},
		{name: "due Saturday Boyne 2025 in Northern Ireland skips Monday substitute", nation: NorthernIreland, received: uk(2025, 6, 12, 9, 0), want: "2025-07-15"},

		{name: "paused 10 days", received: uk(2025, 9, 3, 10, 0), paused: 10, want: "2025-10-13"},
		{name: "paused days landing on Saturday roll to Monday", received: uk(2025, 9, 3, 10, 0), paused: 8, want: "2025-10-13"},
		{name: "paused days are added before rolling, not after", received: uk(2025, 5, 14, 9, 0), paused: 2, want: "2025-06-16"},
		{name: "negative paused days count as none", received: uk(2025, 9, 3, 10, 0), paused: -5, want: "2025-10-03"},

		{name: "extended one month", received: uk(2025, 9, 3, 10, 0), extension: 1, want: "2025-11-03"},
		{name: "extended two months", received: uk(2025, 9, 3, 10, 0), extension: 2, want: "2025-12-03"},
		{name: "extended one month from 31 January is 31 March, not 28 March", received: uk(2025, 1, 31, 9, 0), extension: 1, want: "2025-03-31"},
		{name: "extended two months from 31 January clamps to 30 April", received: uk(2025, 1, 31, 9, 0), extension: 2, want: "2025-04-30"},
		{name: "extended one month from 31 December clamps to leap 29 February", received: uk(2027, 12, 31, 9, 0), extension: 1, want: "2028-02-29"},
		{name: "extended two months from 31 October lands on Saturday 31 January", received: uk(2025, 10, 31, 9, 0), extension: 2, want: "2026-02-02"},
		{name: "extended and paused", received: uk(2025, 9, 3, 10, 0), extension: 1, paused: 10, want: "2025-11-13"},
		{name: "extension above two months is capped at two", received: uk(2025, 9, 3, 10, 0), extension: 5, want: "2025-12-03"},

		{name: "late evening UTC in summer is the next day in London", received: utc(t, "2025-08-31T23:30:00Z"), want: "2025-10-01"},
		{name: "just before midnight London in summer stays on 31 August", received: utc(t, "2025-08-31T22:59:00Z"), want: "2025-09-30"},
		{name: "23:30 UTC on 31 March during BST is received 1 April", received: utc(t, "2025-03-31T23:30:00Z"), want: "2025-05-01"},
		{name: "23:30 UTC on 31 January in GMT is still 31 January", received: utc(t, "2025-01-31T23:30:00Z"), want: "2025-02-28"},
		{name: "received in another zone uses the London date", received: time.Date(2025, 8, 31, 20, 0, 0, 0, time.FixedZone("EDT", -4*3600)), want: "2025-10-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkDay(t, New(tt.nation).Due(tt.received, tt.extension, tt.paused), tt.want)
		})
	}
}

// TestHolidays2025 checks each nation's weekday holidays in 2025 against gov.uk's published
// list, which also guards the locally defined Scottish and Northern Irish rules.
func TestHolidays2025(t *testing.T) {
	tests := []struct {
		nation Nation
		want   []string
	}{
		{EnglandAndWales, []string{"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"}},
		{Scotland, []string{"2025-01-01", "2025-01-02", "2025-04-18", "2025-05-05", "2025-05-26", "2025-08-04", "2025-12-01", "2025-12-25", "2025-12-26"}},
		{NorthernIreland, []string{"2025-01-01", "2025-03-17", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-07-14", "2025-08-25", "2025-12-25", "2025-12-26"}},
	}
	for _, tt := range tests {
		t.Run(string(tt.nation), func(t *testing.T) {
			c := New(tt.nation)
			var got []string
			for d := ukDay(t, "2025-01-01"); d.Year() == 2025; d = d.AddDate(0, 0, 1) {
				if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday && !c.IsWorkingDay(d) {
					got = append(got, d.Format(time.DateOnly))
				}
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("holidays = %v\nwant        %v", got, tt.want)
			}
		})
	}
}

func TestIsWorkingDay(t *testing.T) {
	tests := []struct {
		name   string
		nation Nation
		day    time.Time
		want   bool
	}{
		{name: "ordinary Wednesday", day: uk(2025, 10, 1, 12, 0), want: true},
		{name: "Saturday", day: uk(2025, 10, 4, 12, 0), want: false},
		{name: "Sunday", day: uk(2025, 10, 5, 12, 0), want: false},
		{name: "Christmas Eve late UTC is still Christmas Eve in GMT", day: utc(t, "2025-12-24T23:30:00Z"), want: true},
		{name: "Easter Sunday late UTC is Easter Monday in BST", day: utc(t, "2025-04-20T23:30:00Z"), want: false},
		{name: "Easter Monday in Scotland", nation: Scotland, day: uk(2025, 4, 21, 12, 0), want: true},
		{name: "Monday substitute for Saturday Christmas 2027", day: uk(2027, 12, 27, 12, 0), want: false},
		{name: "Tuesday substitute for Sunday Boxing Day 2027", day: uk(2027, 12, 28, 12, 0), want: false},
		{name: "coronation bank holiday 2023", day: uk(2023, 5, 8, 12, 0), want: false},
		{name: "coronation bank holiday 2023 in Scotland", nation: Scotland, day: uk(2023, 5, 8, 12, 0), want: false},
		{name: "Scotland 2 January substitute for Saturday 2021", nation: Scotland, day: uk(2021, 1, 4, 12, 0), want: false},
		{name: "England works on 4 January 2021", day: uk(2021, 1, 4, 12, 0), want: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := New(tt.nation).IsWorkingDay(tt.day); got != tt.want {
				t.Errorf("IsWorkingDay(%v) = %v, want %v", tt.day, got, tt.want)
			}
		})
	}
}

func TestCheckExtension(t *testing.T) {
	received := uk(2025, 9, 3, 10, 0) // due Friday 3 October 2025
	tests := []struct {
		name       string
		received   time.Time
		now        time.Time
		current    int
		additional int
		paused     int
		want       error
	}{
		{name: "one month early in the first month", received: received, now: uk(2025, 9, 10, 12, 0), additional: 1},
		{name: "two months at once", received: received, now: uk(2025, 9, 10, 12, 0), additional: 2},
		{name: "second one-month extension", received: received, now: uk(2025, 9, 20, 12, 0), current: 1, additional: 1},
		{name: "last minute of the first month is allowed", received: received, now: uk(2025, 10, 3, 23, 59), additional: 1},
		{name: "first minute after the first month is too late", received: received, now: uk(2025, 10, 4, 0, 0), additional: 1, want: ErrExtensionTooLate},
		{name: "23:30 UTC on the due day is already the next day in BST", received: received, now: utc(t, "2025-10-03T23:30:00Z"), additional: 1, want: ErrExtensionTooLate},
		{name: "second extension after the first month is too late", received: received, now: uk(2025, 10, 20, 12, 0), current: 1, additional: 1, want: ErrExtensionTooLate},
		{name: "paused days lengthen the first month", received: received, now: uk(2025, 10, 13, 17, 0), additional: 1, paused: 10},
		{name: "paused days do not lengthen it forever", received: received, now: uk(2025, 10, 14, 9, 0), additional: 1, paused: 10, want: ErrExtensionTooLate},
		{name: "weekend after a Saturday due date is still the first month", received: uk(2025, 5, 14, 9, 0), now: uk(2025, 6, 15, 12, 0), additional: 2},
		{name: "three months in total is too long", received: received, now: uk(2025, 9, 10, 12, 0), current: 1, additional: 2, want: ErrExtensionTooLong},
		{name: "already two months is too long", received: received, now: uk(2025, 9, 10, 12, 0), current: 2, additional: 1, want: ErrExtensionTooLong},
		{name: "too long wins over too late", received: received, now: uk(2025, 12, 1, 12, 0), current: 2, additional: 1, want: ErrExtensionTooLong},
		{name: "zero months is invalid", received: received, now: uk(2025, 9, 10, 12, 0), additional: 0, want: ErrExtensionInvalid},
		{name: "three months at once is invalid", received: received, now: uk(2025, 9, 10, 12, 0), additional: 3, want: ErrExtensionInvalid},
		{name: "negative months is invalid", received: received, now: uk(2025, 9, 10, 12, 0), additional: -1, want: ErrExtensionInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := New(EnglandAndWales).CheckExtension(tt.received, tt.now, tt.current, tt.additional, tt.paused)
			if !errors.Is(err, tt.want) {
				t.Errorf("CheckExtension = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestCheckExtensionCorruptCurrentIsInternal(t *testing.T) {
	for _, current := range []int{-1, 3} {
		err := New(EnglandAndWales).CheckExtension(uk(2025, 9, 3, 10, 0), uk(2025, 9, 4, 10, 0), current, 1, 0)
		if err == nil {
			t.Fatalf("current %d: no error", current)
		}
		if _, coded := errcode.As(err); coded {
			t.Errorf("current %d: error %v is coded, want internal", current, err)
		}
	}
}

func TestErrorCodes(t *testing.T) {
	tests := []struct {
		err  *errcode.Error
		code string
	}{
		{ErrExtensionTooLong, "EXTENSION_TOO_LONG"},
		{ErrExtensionTooLate, "EXTENSION_TOO_LATE"},
		{ErrExtensionInvalid, errcode.Validation},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			if tt.err.Code != tt.code || tt.err.Message == "" {
				t.Errorf("error = %+v, want code %s and a message", tt.err, tt.code)
			}
		})
	}
}

func TestOverdueAndDueSoon(t *testing.T) {
	c := New(EnglandAndWales)
	due := c.Due(uk(2025, 9, 3, 10, 0), 0, 0) // Friday 3 October 2025, BST
	tests := []struct {
		name        string
		now         time.Time
		wantOverdue bool
		wantSoon    bool
	}{
		{name: "eight days ahead is not soon", now: uk(2025, 9, 25, 23, 59)},
		{name: "seven days ahead is soon", now: uk(2025, 9, 26, 0, 0), wantSoon: true},
		{name: "day before", now: uk(2025, 10, 2, 12, 0), wantSoon: true},
		{name: "due day morning", now: uk(2025, 10, 3, 0, 0), wantSoon: true},
		{name: "last second of the due day", now: uk(2025, 10, 3, 23, 59).Add(59 * time.Second), wantSoon: true},
		{name: "midnight after the due day", now: uk(2025, 10, 4, 0, 0), wantOverdue: true},
		{name: "22:59 UTC on the due day is 23:59 BST", now: utc(t, "2025-10-03T22:59:00Z"), wantSoon: true},
		{name: "23:00 UTC on the due day is midnight BST", now: utc(t, "2025-10-03T23:00:00Z"), wantOverdue: true},
		{name: "weeks later", now: uk(2025, 11, 1, 12, 0), wantOverdue: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.Overdue(due, tt.now); got != tt.wantOverdue {
				t.Errorf("Overdue = %v, want %v", got, tt.wantOverdue)
			}
			if got := c.DueSoon(due, tt.now); got != tt.wantSoon {
				t.Errorf("DueSoon = %v, want %v", got, tt.wantSoon)
			}
		})
	}
}

func TestPausedDays(t *testing.T) {
	tests := []struct {
		name     string
		from, to time.Time
		want     int
	}{
		{name: "same day", from: uk(2025, 6, 2, 9, 0), to: uk(2025, 6, 2, 17, 0), want: 0},
		{name: "next day, less than 24 hours", from: uk(2025, 6, 2, 17, 0), to: uk(2025, 6, 3, 9, 0), want: 1},
		{name: "ten days", from: uk(2025, 6, 2, 9, 0), to: uk(2025, 6, 12, 8, 0), want: 10},
		{name: "across spring clock change, 6 days 22 hours is 7 days", from: uk(2025, 3, 29, 12, 0), to: uk(2025, 4, 5, 11, 0), want: 7},
		{name: "across autumn clock change, 2 hours over midnight is 1 day", from: utc(t, "2025-10-25T22:30:00Z"), to: utc(t, "2025-10-26T00:30:00Z"), want: 1},
		{name: "different UTC dates but same London day", from: utc(t, "2025-08-31T23:30:00Z"), to: utc(t, "2025-09-01T12:00:00Z"), want: 0},
		{name: "resumed before paused counts nothing", from: uk(2025, 6, 12, 9, 0), to: uk(2025, 6, 2, 9, 0), want: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PausedDays(tt.from, tt.to); got != tt.want {
				t.Errorf("PausedDays = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestParseNation(t *testing.T) {
	tests := []struct {
		in      string
		want    Nation
		wantErr bool
	}{
		{in: "england-and-wales", want: EnglandAndWales},
		{in: "scotland", want: Scotland},
		{in: "northern-ireland", want: NorthernIreland},
		{in: " Scotland ", want: Scotland},
		{in: "", want: EnglandAndWales},
		{in: "wales", wantErr: true},
		{in: "england", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseNation(tt.in)
			if tt.wantErr {
				if err == nil || !strings.Contains(err.Error(), "england-and-wales, scotland, northern-ireland") {
					t.Errorf("ParseNation(%q) error = %v, want one listing the valid values", tt.in, err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("ParseNation(%q) = %q, %v, want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestNewUnknownNationPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("New(\"atlantis\") did not panic")
		}
	}()
	New("atlantis")
}

// TestClockConcurrentUse lets the race detector check that a shared Clock is safe.
func TestClockConcurrentUse(t *testing.T) {
	c := New(Scotland)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			received := uk(2025, time.Month(1+i), 15, 9, 0)
			due := c.Due(received, i%3, i)
			_ = c.Overdue(due, received)
			_ = c.CheckExtension(received, received, 0, 1, 0)
		})
	}
	wg.Wait()
}

func TestStartOfDayAndCalendarDays(t *testing.T) {
	london, _ := time.LoadLocation("Europe/London")
	summer := time.Date(2026, 6, 30, 23, 30, 0, 0, time.UTC) // 00:30 on 1 July in London
	if got, want := StartOfDay(summer), time.Date(2026, 7, 1, 0, 0, 0, 0, london); !got.Equal(want) {
		t.Errorf("StartOfDay = %v, want %v", got, want)
	}
	clock := New(EnglandAndWales)
	due := clock.Due(time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC), 0, 0)
	for _, now := range []time.Time{due.Add(-time.Minute), due, due.Add(24*time.Hour - time.Minute), due.Add(24 * time.Hour)} {
		if got, want := due.Before(StartOfDay(now)), clock.Overdue(due, now); got != want {
			t.Errorf("at %v: due before start of day = %v, Overdue = %v", now, got, want)
		}
	}
	if got := CalendarDays(time.Date(2026, 3, 28, 23, 0, 0, 0, time.UTC), time.Date(2026, 3, 30, 1, 0, 0, 0, time.UTC)); got != 2 {
		t.Errorf("CalendarDays across the clock change = %d, want 2", got)
	}
}
