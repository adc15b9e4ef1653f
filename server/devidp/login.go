package devidp

import (
	"bytes"
	"context"
	_ "embed"
	"errors"
	"html/template"
	"log/slog"
	"net/http"
)

var (
	//go:embed login.html
	templatesHTML string
	//go:embed style.css
	stylesheet []byte
)

// maxFormBytes caps the login form body; it only carries three short fields.
const maxFormBytes = 16 << 10

// loginPages serves the login page, its form posts and the signed-out page.
type loginPages struct {
	basePath    string // issuer path, e.g. "/dev-idp", for links in the HTML
	store       *storage
	callbackURL func(context.Context, string) string
	tmpl        *template.Template
}

// loginView is the data of the login page template.
type loginView struct {
	Title     string
	BasePath  string
	RequestID string
	Users     []userView
	Email     string // what the user typed, kept after an error
	Error     string
}

type userView struct {
	Name, Email, Description string
}

// messageView is the data of the simple message page template.
type messageView struct {
	BasePath, Title, Message string
}

func newLoginPages(basePath string, store *storage, callbackURL func(context.Context, string) string) (*loginPages, error) {
	tmpl, err := template.New("pages").Parse(templatesHTML)
	if err != nil {
		return nil, err
	}
	return &loginPages{basePath: basePath, store: store, callbackURL: callbackURL, tmpl: tmpl}, nil
}

// show renders the login page for a pending auth request.
func (p *loginPages) show(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("authRequestID")
	if err := p.store.pendingAuthRequest(id); err != nil {
		p.requestProblem(w, err)
		return
	}
	p.render(w, http.StatusOK, "login", p.loginView(id, "", ""))
}

// submit checks the posted credentials. Only a correct password completes
// the auth request; zitadel's callback endpoint then issues the code.
func (p *loginPages) submit(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
	if err := r.ParseForm(); err != nil {
		http.Error(w, "invalid form", http.StatusBadRequest)
		return
	}
	id := r.PostForm.Get("authRequestID")
	email := r.PostForm.Get("email")
	err := p.store.authenticate(id, email, r.PostForm.Get("password"))
	switch {
	case errors.Is(err, errBadCredentials):
		msg := "Wrong email or password. Use one of the demo accounts below; their password is “demo”."
		p.render(w, http.StatusUnauthorized, "login", p.loginView(id, email, msg))
	case err != nil:
		p.requestProblem(w, err)
	default:
		// 303 turns the POST into a GET of zitadel's callback endpoint.
		http.Redirect(w, r, p.callbackURL(r.Context(), id), http.StatusSeeOther)
	}
}

// loggedOut is the end_session target when the client names no registered
// post-logout redirect URI.
func (p *loginPages) loggedOut(w http.ResponseWriter, _ *http.Request) {
	p.render(w, http.StatusOK, "message", messageView{
		BasePath: p.basePath,
		Title:    "Signed out",
		Message:  "You have been signed out of the development identity provider.",
	})
}

// requestProblem explains why a sign-in cannot continue instead of showing a
// form that could never succeed.
func (p *loginPages) requestProblem(w http.ResponseWriter, err error) {
	msg := "This sign-in request is unknown or has expired. Go back to the portal and sign in again."
	if errors.Is(err, errAlreadySignedIn) {
		msg = "This sign-in request has already been completed. Go back to the portal to continue."
	}
	p.render(w, http.StatusBadRequest, "message", messageView{
		BasePath: p.basePath,
		Title:    "Cannot continue signing in",
		Message:  msg,
	})
}

func (p *loginPages) loginView(id, email, errMsg string) loginView {
	users := make([]userView, 0, len(p.store.users))
	for _, u := range p.store.users {
		users = append(users, userView{Name: u.displayName(), Email: u.Email, Description: u.Description})
	}
	return loginView{Title: "Sign in", BasePath: p.basePath, RequestID: id, Users: users, Email: email, Error: errMsg}
}

// render executes a template into a buffer first, so a template error never
// leaves a half-written page behind a 200 status.
func (p *loginPages) render(w http.ResponseWriter, status int, name string, data any) {
	var buf bytes.Buffer
	if err := p.tmpl.ExecuteTemplate(&buf, name, data); err != nil {
		slog.Error("devidp: render page", "template", name, "error", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	setPageHeaders(w.Header())
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// setPageHeaders locks the pages down: no scripts at all, styles only from
// this handler, and no framing, so the one-click buttons cannot be
// clickjacked. form-action is deliberately absent because browsers apply it
// to the redirect chain that ends at the client's redirect URI.
func setPageHeaders(h http.Header) {
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Frame-Options", "DENY")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Cache-Control", "no-store")
}

// serveStylesheet serves the login page's only asset, keeping the page free
// of external resources and inline styles.
func serveStylesheet(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Cache-Control", "public, max-age=300")
	_, _ = w.Write(stylesheet)
}
