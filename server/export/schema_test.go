package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestDataMatchesItsSchema validates data.json against data.schema.json from the same archive.
// The schema lists every section and column and allows nothing else, so a column written with
// the wrong JSON type, or not described, fails here.
func TestDataMatchesItsSchema(t *testing.T) {
	d := seededDemo(t)
	for _, email := range []string{"learner@example.com", "ravi.patel@example.com", "dpo@provider.example"} {
		archive, _ := writeArchive(t, d, d.IDs[email])
		_, content := unzip(t, archive)
		schema := compileSchema(t, content["data.schema.json"])
		if err := schema.Validate(parseJSON(t, content["data.json"])); err != nil {
			t.Errorf("%s: data.json does not match data.schema.json: %v", email, err)
		}
	}
}

// TestSchemaRefusesWhatItDoesNotDescribe checks that the schema is strict: a column it does not
// describe, or a value of the wrong type, fails validation.
func TestSchemaRefusesWhatItDoesNotDescribe(t *testing.T) {
	d := seededDemo(t)
	archive, _ := writeArchive(t, d, d.IDs["learner@example.com"])
	_, content := unzip(t, archive)
	schema := compileSchema(t, content["data.schema.json"])
	data := string(content["data.json"])
	for name, change := range map[string][2]string{
		"unknown column":          {`"first_name":"Lucy"`, `"first_name":"Lucy","nickname":"Lu"`},
		"string as number":        {`"first_name":"Lucy"`, `"first_name":7`},
		"unknown enum value":      {`"role":"LEARNER"`, `"role":"PIRATE"`},
		"not a time":              {`"date_of_birth":"1968-01-03T00:00:00.000000Z"`, `"date_of_birth":"3 January 1968"`},
		"null where not nullable": {`"email":"learner@example.com"`, `"email":null`},
	} {
		if !strings.Contains(data, change[0]) {
			t.Fatalf("%s: data.json has no %s", name, change[0])
		}
		changed := strings.Replace(data, change[0], change[1], 1)
		if err := schema.Validate(parseJSON(t, []byte(changed))); err == nil {
			t.Errorf("%s: the schema accepted %s", name, change[1])
		}
	}
}

func compileSchema(t *testing.T, doc []byte) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("data.schema.json", parseJSON(t, doc)); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("data.schema.json")
	if err != nil {
		t.Fatalf("data.schema.json is not a valid JSON Schema: %v", err)
	}
	return s
}

func parseJSON(t *testing.T, b []byte) any {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return v
}
