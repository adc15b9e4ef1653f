// Package seed fills an empty development database with realistic demo data: the provider's
// staff, two corporate customers with their admins and employees, independent learners, and
// everything the portal holds about each of them. It runs only in development mode.
package seed

import (
	"strings"

	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/devidp"
)

// Person is one demo account.
type Person struct {
	Email, GivenName, FamilyName string
	Role                         user.Role
	// Organisation is empty for independent learners and staff.
	Organisation string
	// Description is shown on the development sign-in page.
	Description string
}

const subjectPrefix = "demo-"

// Subject is the person's stable subject at the development identity provider.
func (p Person) Subject() string { return subjectPrefix + strings.ReplaceAll(p.Email, "@", "-at-") }

// Organisations are the demo corporate customers.
var Organisations = []string{"Acme Ltd", "Brightside Learning Trust"}

// People are the demo accounts, the three the README names first.
var People = []Person{
	{"learner@example.com", "Lucy", "Learner", user.RoleLearner, "", "Independent learner"},
	{"admin@acme.example", "Adam", "Admin", user.RoleEmployerAdmin, "Acme Ltd", "Employer admin, Acme Ltd"},
	{"dpo@provider.example", "Dana", "Protection", user.RoleStaff, "", "Provider staff (data-protection officer)"},
	{"support@provider.example", "Sam", "Support", user.RoleStaff, "", "Provider staff (support)"},
	{"priya.shah@acme.example", "Priya", "Shah", user.RoleLearner, "Acme Ltd", "Employee, Acme Ltd"},
	{"tom.baker@acme.example", "Tom", "Baker", user.RoleLearner, "Acme Ltd", "Employee, Acme Ltd"},
	{"grace.okafor@acme.example", "Grace", "Okafor", user.RoleLearner, "Acme Ltd", "Employee, Acme Ltd"},
	{"liam.murphy@acme.example", "Liam", "Murphy", user.RoleLearner, "Acme Ltd", "Employee, Acme Ltd"},
	{"admin@brightside.example", "Beth", "Bright", user.RoleEmployerAdmin, "Brightside Learning Trust", "Employer admin, Brightside Learning Trust"},
	{"omar.haddad@brightside.example", "Omar", "Haddad", user.RoleLearner, "Brightside Learning Trust", "Employee, Brightside Learning Trust"},
	{"chloe.evans@brightside.example", "Chloe", "Evans", user.RoleLearner, "Brightside Learning Trust", "Employee, Brightside Learning Trust"},
	{"james.wright@brightside.example", "James", "Wright", user.RoleLearner, "Brightside Learning Trust", "Employee, Brightside Learning Trust"},
	{"ravi.patel@example.com", "Ravi", "Patel", user.RoleLearner, "", "Independent learner"},
	{"ellen.jones@example.net", "Ellen", "Jones", user.RoleLearner, "", "Independent learner"},
	{"nina.ford@acme.example", "Nina", "Ford", user.RoleLearner, "Acme Ltd", "Former employee, Acme Ltd"},
}

// formerEmployees have left their organisation: their membership has ended, and the requests
// made for them while they were members stay with the organisation.
var formerEmployees = map[string]bool{"nina.ford@acme.example": true}

// IdentityProviderUsers are the demo accounts as the development identity provider lists them.
func IdentityProviderUsers() []devidp.User {
	out := make([]devidp.User, len(People))
	for i, p := range People {
		out[i] = devidp.User{Subject: p.Subject(), Email: p.Email, GivenName: p.GivenName, FamilyName: p.FamilyName, Description: p.Description}
	}
	return out
}
