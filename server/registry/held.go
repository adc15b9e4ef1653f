// Package registry tells a person, from the data registry, why each kind of data about them is
// held, on which lawful basis, who receives it and until when.
package registry

import (
	"context"
	"fmt"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/datapurpose"
)

// Categories lists the data categories in the order the account page shows them.
var Categories = []datapurpose.Category{
	datapurpose.CategoryIdentity, datapurpose.CategoryContact, datapurpose.CategoryProfile,
	datapurpose.CategoryLearning, datapurpose.CategoryTransactions, datapurpose.CategoryTechnical,
	datapurpose.CategoryMarketing,
}

// Held is one purpose as it applies to one person.
type Held struct {
	Purpose *ent.DataPurpose
	// Retention says how long the data is kept, in words.
	Retention string
	// KeptUntil is the date the data will be deleted, when it can be known now: for data kept
	// from the person's last activity. Data kept from the end of the relationship has no date
	// while they have an account; data kept from collection has one date per item.
	KeptUntil *time.Time
}

// Category is the purposes of one data category.
type Category struct {
	Category datapurpose.Category
	Purposes []Held
}

// HeldFor returns, for u, every category with its purposes from the registry.
func HeldFor(ctx context.Context, client *ent.Client, u *ent.User) ([]Category, error) {
	purposes, err := client.DataPurpose.Query().Order(ent.Asc(datapurpose.FieldName)).All(ctx)
	if err != nil {
		return nil, err
	}
	byCategory := map[datapurpose.Category][]Held{}
	for _, p := range purposes {
		byCategory[p.Category] = append(byCategory[p.Category], held(p, u))
	}
	out := make([]Category, 0, len(Categories))
	for _, c := range Categories {
		out = append(out, Category{Category: c, Purposes: byCategory[c]})
	}
	return out, nil
}

func held(p *ent.DataPurpose, u *ent.User) Held {
	h := Held{Purpose: p}
	span := months(p.RetentionMonths)
	switch p.RetentionFrom {
	case datapurpose.RetentionFromRelationshipEnd:
		h.Retention = fmt.Sprintf("While you have an account with us, then %s after it ends.", span)
	case datapurpose.RetentionFromCollection:
		h.Retention = fmt.Sprintf("Each item for %s after we collect it.", span)
	case datapurpose.RetentionFromLastActivity:
		h.Retention = fmt.Sprintf("%s after your last activity.", span)
		last := u.CreatedAt
		if u.LastLoginAt != nil {
			last = *u.LastLoginAt
		}
		until := last.AddDate(0, p.RetentionMonths, 0)
		h.KeptUntil = &until
	}
	return h
}

// months says a retention period the way a person would: "6 years", "18 months".
func months(n int) string {
	switch {
	case n%12 == 0 && n >= 12:
		if n == 12 {
			return "1 year"
		}
		return fmt.Sprintf("%d years", n/12)
	case n == 1:
		return "1 month"
	}
	return fmt.Sprintf("%d months", n)
}
