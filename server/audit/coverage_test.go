package audit

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"sort"
	"testing"

	"github.com/learnerportal/portal/ent"
)

// sample holds an empty result of every entity. Adding an entity to ent/schema without adding it
// here fails TestEveryEntityIsClassified, which then makes the author decide whether reads of it
// are audited.
var sample = map[string]ent.Value{
	"ActivityEvent":           []*ent.ActivityEvent{{}},
	"AuditEntry":              []*ent.AuditEntry{{}},
	"CommunicationPreference": []*ent.CommunicationPreference{{}},
	"Consent":                 []*ent.Consent{{}},
	"ConsentEvent":            []*ent.ConsentEvent{{}},
	"DataPurpose":             []*ent.DataPurpose{{}},
	"ExportArchive":           []*ent.ExportArchive{},
	"FinancialRecord":         []*ent.FinancialRecord{{}},
	"LearningRecord":          []*ent.LearningRecord{{}},
	"LegalHold":               []*ent.LegalHold{{}},
	"Membership":              []*ent.Membership{{}},
	"Notification":            []*ent.Notification{{}},
	"Organisation":            []*ent.Organisation{{}},
	"PolicyAcceptance":        []*ent.PolicyAcceptance{{}},
	"PolicyVersion":           []*ent.PolicyVersion{{}},
	"Profile":                 []*ent.Profile{{}},
	"RequestEvent":            []*ent.RequestEvent{},
	"RequestMessage":          []*ent.RequestMessage{},
	"RightsRequest":           []*ent.RightsRequest{{}},
	"Session":                 []*ent.Session{{}},
	"SuppressionEntry":        []*ent.SuppressionEntry{{}},
	"SurveyAnswer":            []*ent.SurveyAnswer{{}},
	"User":                    []*ent.User{{}},
}

// schemaEntities lists the entity types declared in ent/schema.
func schemaEntities(t *testing.T) []string {
	fset := token.NewFileSet()
	files, err := filepath.Glob("../../ent/schema/*.go")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, path := range files {
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok {
				return true
			}
			st, ok := ts.Type.(*ast.StructType)
			if ok && len(st.Fields.List) == 1 {
				if sel, ok := st.Fields.List[0].Type.(*ast.SelectorExpr); ok && sel.Sel.Name == "Schema" {
					if x, ok := sel.X.(*ast.Ident); ok && x.Name == "ent" {
						names = append(names, ts.Name.Name)
					}
				}
			}
			return false
		})
	}
	sort.Strings(names)
	return names
}

func TestEveryEntityIsClassified(t *testing.T) {
	entities := schemaEntities(t)
	if len(entities) < 20 {
		t.Fatalf("found only %d entities in ent/schema: %v", len(entities), entities)
	}
	for _, name := range entities {
		value, ok := sample[name]
		if !ok {
			t.Errorf("%s is not in the audit test's sample: add it, and decide whether reading it is auditable", name)
			continue
		}
		entity, _, personal, err := subjects(context.Background(), nil, value)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		switch {
		case notPersonal[name] && personal:
			t.Errorf("%s is both listed as not personal and recognised as personal", name)
		case !notPersonal[name] && !personal:
			t.Errorf("reads of %s are not audited: add it to subjects() or to notPersonal", name)
		case personal && entity != name:
			t.Errorf("%s is audited under the name %q", name, entity)
		}
	}
}
