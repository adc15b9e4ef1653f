package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
)

// parts returns every part in archive order: the purposes, then the sections.
func (w *writer) parts() []*part { return append([]*part{w.purposes}, w.sections...) }

// writeData writes data.json. Each row read goes to data.json and, at the same time, to its
// table's CSV in a temporary file, which copyCSVs adds to the archive afterwards: a ZIP is
// written one file after another, and this way each row is read from the database once.
//
// Writes to b are not checked one by one: bufio.Writer keeps the first error, which file
// returns when it flushes.
func (w *writer) writeData(ctx context.Context) error {
	return w.file("data.json", func(b *bufio.Writer) error {
		b.WriteString("{\n  \"generatedAt\": \"" + formatTime(w.At) + "\",\n  \"purposes\": ")
		if err := w.writeRows(ctx, b, w.purposes, "  "); err != nil {
			return err
		}
		b.WriteString(",\n  \"sections\": {")
		for i, p := range w.sections {
			if i > 0 {
				b.WriteByte(',')
			}
			b.Write(sectionHead(p))
			if err := w.writeRows(ctx, b, p, "      "); err != nil {
				return err
			}
			b.WriteString("\n    }")
		}
		b.WriteString("\n  }\n}\n")
		return nil
	})
}

// sectionHead is the start of a section in data.json, up to its rows.
func sectionHead(p *part) []byte {
	head := appendJSONString([]byte("\n    "), p.Table)
	head = appendJSONString(append(head, ": {\n      \"title\": "...), p.Title)
	head = appendJSONString(append(head, ",\n      \"about\": "...), p.About)
	head = append(head, ",\n      \"categories\": ["...)
	for i, c := range p.Categories {
		if i > 0 {
			head = append(head, ", "...)
		}
		head = appendJSONString(head, string(c))
	}
	head = append(head, "],\n      \"omittedColumns\": {"...)
	for i, name := range slices.Sorted(maps.Keys(p.Omit)) {
		if i > 0 {
			head = append(head, ", "...)
		}
		head = appendJSONString(append(appendJSONString(head, name), ": "...), p.Omit[name])
	}
	head = strconv.AppendInt(append(head, "},\n      \"rowCount\": "...), p.rows, 10)
	return append(head, ",\n      \"rows\": "...)
}

// writeRows writes the rows of p to out as a JSON array, one row a line, and to its CSV file,
// and keeps the first ones for index.html.
func (w *writer) writeRows(ctx context.Context, out *bufio.Writer, p *part, indent string) error {
	f, err := os.Create(filepath.Join(w.tmp, p.Table+".csv"))
	if err != nil {
		return err
	}
	defer f.Close()
	p.csvPath = f.Name()
	buffered := bufio.NewWriterSize(f, 64<<10)
	table := csv.NewWriter(buffered)
	record := make([]string, len(p.columns))
	keys := make([][]byte, len(p.columns))
	for i, c := range p.columns {
		record[i] = c.name
		keys[i] = append(appendJSONString(nil, c.name), ':')
	}
	if err := table.Write(record); err != nil {
		return err
	}

	out.WriteByte('[')
	var line []byte
	rows := 0
	err = w.eachRow(ctx, p, func(cells []cell) error {
		line = line[:0]
		if rows > 0 {
			line = append(line, ',')
		}
		line = append(append(append(line, '\n'), indent...), "  {"...)
		for i := range cells {
			if i > 0 {
				line = append(line, ',')
			}
			var err error
			if line, err = cells[i].appendJSON(append(line, keys[i]...)); err != nil {
				return err
			}
			if record[i], err = cells[i].text(); err != nil {
				return err
			}
		}
		out.Write(append(line, '}'))
		if rows < previewRows {
			p.preview = append(p.preview, slices.Clone(record))
		}
		rows++
		return table.Write(record)
	})
	if err != nil {
		return err
	}
	if rows > 0 {
		out.WriteString("\n" + indent)
	}
	out.WriteByte(']')
	table.Flush()
	if err := table.Error(); err != nil {
		return err
	}
	if err := buffered.Flush(); err != nil {
		return err
	}
	return f.Close()
}

// copyCSVs adds each table's CSV, written to a temporary file by writeData, to the archive.
func (w *writer) copyCSVs(context.Context) error {
	for _, p := range w.parts() {
		err := w.file("csv/"+p.Table+".csv", func(b *bufio.Writer) error {
			f, err := os.Open(p.csvPath)
			if err != nil {
				return err
			}
			defer f.Close()
			_, err = io.Copy(b, f)
			return err
		})
		if err != nil {
			return err
		}
		// Free the disk as we go: together the files are as big as the person's data.
		if err := os.Remove(p.csvPath); err != nil {
			return err
		}
	}
	return nil
}
