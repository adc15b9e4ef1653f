package graph

import (
	"github.com/learnerportal/portal/graph/model"
	"github.com/learnerportal/portal/server/profile"
)

// profileChanges maps the GraphQL input onto the profile package's changes. A list given as []
// clears it; an omitted list (nil) leaves it.
func profileChanges(in model.UpdateProfileInput) profile.Changes {
	return profile.Changes{
		FirstName: in.FirstName, LastName: in.LastName, Username: in.Username, Gender: in.Gender,
		Phone: in.Phone, AddressLine1: in.AddressLine1, AddressLine2: in.AddressLine2, Town: in.Town,
		Postcode: in.Postcode, Country: in.Country, JobTitle: in.JobTitle,
		DateOfBirth:      in.DateOfBirth,
		ClearDateOfBirth: in.ClearDateOfBirth != nil && *in.ClearDateOfBirth,
		Qualifications:   in.Qualifications, SetQualifications: in.Qualifications != nil,
		SubjectsTaught: in.SubjectsTaught, SetSubjectsTaught: in.SubjectsTaught != nil,
		AgeGroupsTaught: in.AgeGroupsTaught, SetAgeGroupsTaught: in.AgeGroupsTaught != nil,
		Interests: in.Interests, SetInterests: in.Interests != nil,
	}
}
