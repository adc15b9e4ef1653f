package export

import (
	"bufio"
	"context"
	"encoding/json"
)

// jsonSchema is the part of JSON Schema (draft 2020-12) that data.schema.json uses.
type jsonSchema struct {
	Schema          string                 `json:"$schema,omitempty"`
	Title           string                 `json:"title,omitempty"`
	Description     string                 `json:"description,omitempty"`
	Type            any                    `json:"type,omitempty"`
	Format          string                 `json:"format,omitempty"`
	ContentEncoding string                 `json:"contentEncoding,omitempty"`
	Const           any                    `json:"const,omitempty"`
	Enum            []any                  `json:"enum,omitempty"`
	Minimum         *int                   `json:"minimum,omitempty"`
	Properties      map[string]*jsonSchema `json:"properties,omitempty"`
	Required        []string               `json:"required,omitempty"`
	// AdditionalProperties is false or a schema.
	AdditionalProperties any         `json:"additionalProperties,omitempty"`
	Items                *jsonSchema `json:"items,omitempty"`
}

// writeSchema writes data.schema.json.
func (w *writer) writeSchema(context.Context) error {
	body, err := json.MarshalIndent(dataSchema(w.purposes, w.sections), "", "  ")
	if err != nil {
		return err
	}
	return w.file("data.schema.json", func(b *bufio.Writer) error {
		_, err := b.Write(append(body, '\n'))
		return err
	})
}

// dataSchema describes data.json, from the same columns the rows are written from.
func dataSchema(purposes *part, sections []*part) *jsonSchema {
	zero := 0
	bySection := map[string]*jsonSchema{}
	var tables []string
	for _, p := range sections {
		tables = append(tables, p.Table)
		bySection[p.Table] = &jsonSchema{
			Type: "object", Title: p.Title, Description: p.About,
			Properties: map[string]*jsonSchema{
				"title":      {Type: "string"},
				"about":      {Type: "string"},
				"categories": {Const: p.Categories, Description: "The data-registry categories whose purposes say why this data is held."},
				"omittedColumns": {Type: "object", AdditionalProperties: &jsonSchema{Type: "string"},
					Description: "Columns of the table left out of the archive, each with the reason."},
				"rowCount": {Type: "integer", Minimum: &zero},
				"rows":     {Type: "array", Items: rowSchema(p.columns)},
			},
			Required:             []string{"title", "about", "categories", "omittedColumns", "rowCount", "rows"},
			AdditionalProperties: false,
		}
	}
	return &jsonSchema{
		Schema:      "https://json-schema.org/draft/2020-12/schema",
		Title:       "Personal data",
		Description: "Everything the provider holds about one person, by table, as of generatedAt.",
		Type:        "object",
		Properties: map[string]*jsonSchema{
			"generatedAt": {Type: "string", Format: "date-time"},
			"purposes":    {Type: "array", Description: purposes.About, Items: rowSchema(purposes.columns)},
			"sections": {Type: "object", Properties: bySection, Required: tables, AdditionalProperties: false,
				Description: "The person's data, one section per table."},
		},
		Required:             []string{"generatedAt", "purposes", "sections"},
		AdditionalProperties: false,
	}
}

// rowSchema describes one row: every column, none other.
func rowSchema(columns []column) *jsonSchema {
	s := &jsonSchema{Type: "object", Properties: map[string]*jsonSchema{}, AdditionalProperties: false}
	for _, c := range columns {
		s.Properties[c.name] = columnSchema(c)
		s.Required = append(s.Required, c.name)
	}
	return s
}

func columnSchema(c column) *jsonSchema {
	s := &jsonSchema{}
	switch c.kind {
	case kindString:
		s.Type = "string"
		for _, v := range c.enum {
			s.Enum = append(s.Enum, v)
		}
	case kindInt:
		s.Type = "integer"
	case kindFloat:
		s.Type = "number"
	case kindBool:
		s.Type = "boolean"
	case kindTime:
		s.Type, s.Format = "string", "date-time"
	case kindBytes:
		s.Type, s.ContentEncoding = "string", "base64"
	case kindJSON:
		s.Description = "A JSON value." // any type, null included
		return s
	}
	if c.nullable {
		s.Type = []string{s.Type.(string), "null"}
		if s.Enum != nil {
			s.Enum = append(s.Enum, nil)
		}
	}
	return s
}
