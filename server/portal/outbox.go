package portal

import (
	"html/template"
	"net/http"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/notification"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/viewer"
)

var outboxPage = template.Must(template.New("outbox").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Outbox – development</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
article{border:1px solid #ccc;border-radius:.5rem;padding:1rem;margin:1rem 0}pre{white-space:pre-wrap}
.meta{color:#444}</style></head><body>
<h1>Outbox</h1>
<p>In development the portal sends no email: these are the {{len .}} most recent messages it would have sent. Set <code>SMTP_URL</code> to send them.</p>
{{range .}}<article aria-labelledby="n{{.ID}}">
<h2 id="n{{.ID}}">{{.Subject}}</h2>
<p class="meta">To {{.ToAddress}} · {{.CreatedAt.Format "2 Jan 2006 15:04"}} · {{.Status}}</p>
<pre>{{.Body}}</pre>
</article>{{else}}<p>No messages yet.</p>{{end}}
</body></html>`))

// outbox shows, in development mode only, the emails the portal would have sent.
func outbox(store *storage.Store) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		list, err := store.Client.Notification.Query().
			Order(ent.Desc(notification.FieldCreatedAt), ent.Desc(notification.FieldID)).Limit(50).
			All(viewer.SystemContext(r.Context()))
		if err != nil {
			http.Error(w, "Internal error.", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_ = outboxPage.Execute(w, list)
	})
}
