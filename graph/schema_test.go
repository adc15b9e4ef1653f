package graph

import (
	"strings"
	"testing"

	"github.com/learnerportal/portal/graph/generated"
)

// Filters run as SQL subqueries that the privacy policies never see, so a filter that followed
// an edge could test facts about people outside the viewer's scope. Where-inputs may only
// compare a row's own fields.
func TestWhereInputsNeverFollowEdges(t *testing.T) {
	schema := generated.NewExecutableSchema(generated.Config{Resolvers: &Resolver{}}).Schema()
	checked := 0
	for name, def := range schema.Types {
		if !strings.HasSuffix(name, "WhereInput") {
			continue
		}
		checked++
		for _, f := range def.Fields {
			if strings.HasPrefix(f.Name, "has") {
				t.Errorf("%s.%s follows an edge", name, f.Name)
			}
		}
	}
	if checked < 10 {
		t.Fatalf("found only %d where-inputs", checked)
	}
}
