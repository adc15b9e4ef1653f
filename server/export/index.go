package export

import (
	"bufio"
	"context"
	_ "embed"
	"html/template"

	"github.com/learnerportal/portal/ent/datapurpose"
)

//go:embed index.html.tmpl
var indexSource string

// indexTemplate renders index.html: one page without scripts or external assets, so it opens
// from the unpacked archive in any browser. html/template escapes every value.
var indexTemplate = template.Must(template.New("index").Parse(indexSource))

// indexPart is one table as index.html shows it.
type indexPart struct {
	Table, Title, About string
	Categories          []datapurpose.Category
	Rows                int64
	Omit                map[string]string
	Columns             []string
	Preview             [][]string
}

// writeIndex writes index.html.
func (w *writer) writeIndex(context.Context) error {
	var parts []indexPart
	for _, p := range w.parts() {
		columns := make([]string, len(p.columns))
		for i, c := range p.columns {
			columns[i] = c.name
		}
		parts = append(parts, indexPart{Table: p.Table, Title: p.Title, About: p.About, Categories: p.Categories,
			Rows: p.rows, Omit: p.Omit, Columns: columns, Preview: p.preview})
	}
	return w.file("index.html", func(b *bufio.Writer) error {
		return indexTemplate.Execute(b, map[string]any{
			"GeneratedAt": formatTime(w.At), "PreviewRows": previewRows, "Parts": parts,
		})
	})
}
