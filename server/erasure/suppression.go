package erasure

import (
	"context"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/suppressionentry"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/errcode"
)

// Hash is the suppression-list entry of an email address: the hex HMAC-SHA256, under the
// suppression key, of the address trimmed and lower-cased. Without the key it cannot be turned
// back into the address, nor checked against a list of guesses.
func (s *Service) Hash(email string) string {
	return hex.EncodeToString(mac(s.emailKey, strings.ToLower(strings.TrimSpace(email))))
}

// TombstonePrefix starts every erased account's sign-in subject.
const TombstonePrefix = "erased:"

// Tombstone is what an erased account keeps in place of its OpenID Connect subject: a keyed
// hash, under a key of its own, so the sign-in can recognise the subject and refuse it without
// the portal keeping it.
func (s *Service) Tombstone(subject string) string {
	return TombstonePrefix + hex.EncodeToString(mac(s.subjectKey, subject))
}

// MaxSuppressedBatch is the most addresses Suppressed checks at once.
const MaxSuppressedBatch = 1000

// Suppressed returns those of emails that are on the suppression list, in the order given, for
// checking a marketing import. It reads with ctx's viewer, which must be staff or the portal
// itself: whether an address is listed says that its owner was erased or opted out.
func (s *Service) Suppressed(ctx context.Context, client *ent.Client, emails []string) ([]string, error) {
	if len(emails) > MaxSuppressedBatch {
		return nil, errcode.Invalid([]errcode.FieldError{{Field: "emails", Reason: "TOO_MANY", Message: fmt.Sprintf("Check at most %d addresses at once.", MaxSuppressedBatch)}})
	}
	hashes := make([]string, len(emails))
	for i, e := range emails {
		hashes[i] = s.Hash(e)
	}
	listed, err := client.SuppressionEntry.Query().Where(suppressionentry.EmailHashIn(hashes...)).
		Select(suppressionentry.FieldEmailHash).Strings(ctx)
	if err != nil {
		return nil, err
	}
	isListed := make(map[string]bool, len(listed))
	for _, h := range listed {
		isListed[h] = true
	}
	out := []string{}
	for i, e := range emails {
		if isListed[hashes[i]] {
			out = append(out, e)
		}
	}
	return out, nil
}

// closeAccount empties u's account row, which stays so that requests keep their subject: the
// email address gives way to a placeholder and joins the suppression list as a hash (an entry
// already there, from an opt-out, stays as it is), and the sign-in subject gives way to its
// tombstone.
func (s *Service) closeAccount(ctx context.Context, c *ent.Client, u *ent.User, now time.Time) error {
	err := c.SuppressionEntry.Create().
		SetEmailHash(s.Hash(u.Email)).SetReason(suppressionentry.ReasonErasure).SetCreatedAt(now).
		OnConflictColumns(suppressionentry.FieldEmailHash).Ignore().
		Exec(ctx)
	if err != nil {
		return err
	}
	return c.User.UpdateOneID(u.ID).
		SetEmail(fmt.Sprintf("erased-%d@erased.invalid", u.ID)).
		SetOidcSubject(s.Tombstone(u.OidcSubject)).
		ClearLastLoginAt().
		SetStatus(user.StatusClosed).SetClosedAt(now).
		Exec(ctx)
}
