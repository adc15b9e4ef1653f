// Package portal assembles the portal from its parts: storage, sign-in, the GraphQL API, the
// development identity provider and the web app, behind one http.Handler. main runs it; the
// end-to-end tests run the very same assembly.
package portal

import (
	"context"
	"database/sql"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"time"

	"github.com/riverqueue/river"
	"github.com/rs/cors"

	"github.com/learnerportal/portal/frontend"
	"github.com/learnerportal/portal/graph"
	"github.com/learnerportal/portal/server/audit"
	"github.com/learnerportal/portal/server/auth"
	"github.com/learnerportal/portal/server/config"
	"github.com/learnerportal/portal/server/deadline"
	"github.com/learnerportal/portal/server/devidp"
	"github.com/learnerportal/portal/server/erasure"
	"github.com/learnerportal/portal/server/export"
	"github.com/learnerportal/portal/server/jobs"
	"github.com/learnerportal/portal/server/notify"
	"github.com/learnerportal/portal/server/profile"
	"github.com/learnerportal/portal/server/request"
	"github.com/learnerportal/portal/server/retention"
	"github.com/learnerportal/portal/server/seed"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/viewer"
	"github.com/learnerportal/portal/server/web"
)

// Portal is the running portal's state: the database, the job queue, and the handler serving
// every route.
type Portal struct {
	Store   *storage.Store
	Jobs    *jobs.Queue
	Handler http.Handler
}

// New opens storage (migrating it), seeds demo data in development mode, and builds the routes.
func New(ctx context.Context, cfg config.Config, logger *slog.Logger, now func() time.Time) (*Portal, error) {
	store, err := storage.Open(ctx, cfg.DatabaseURL, cfg.SQLitePath, now)
	if err != nil {
		return nil, err
	}
	if cfg.DevMode {
		seeded, err := seed.Run(ctx, store.Client, cfg.OIDCIssuer, now())
		if err != nil {
			store.Close()
			return nil, err
		}
		if seeded {
			logger.Info("seeded demo data", "people", len(seed.People))
		}
	}
	p := &Portal{Store: store}
	parts, err := p.openJobs(ctx, cfg, logger, now)
	if err != nil {
		store.Close()
		return nil, err
	}
	if p.Handler, err = routes(cfg, store, parts, logger, now); err != nil {
		p.Close()
		return nil, err
	}
	return p, nil
}

// services are the capabilities the routes serve.
type services struct {
	requests *request.Service
	eraser   *erasure.Service
	archives export.Blobs
}

// openJobs builds the capability services and the job queue that runs their background work:
// emails, digests, archives, erasures and the retention sweep.
func (p *Portal) openJobs(ctx context.Context, cfg config.Config, logger *slog.Logger, now func() time.Time) (services, error) {
	mailer, err := notify.NewMailer(cfg.SMTPURL, cfg.MailFrom, now)
	if err != nil {
		return services{}, err
	}
	archives, err := export.NewDir(cfg.ExportDir)
	if err != nil {
		return services{}, err
	}
	eraser := erasure.New(cfg.SuppressionKey, now, erasure.WithRequestRetention(cfg.RequestRetention))
	// The service inserts jobs into the queue, whose workers include the service's own.
	requests := request.NewService(deadline.New(cfg.Holidays), now, lateQueue{p}, cfg.PublicURL.String(), request.Outcomes{
		Eraser: eraser, CoolingOff: cfg.ErasureCoolingOff, RecordRetention: cfg.RequestRetention,
	})
	workers := river.NewWorkers()
	river.AddWorker(workers, notify.NewWorker(p.Store.Client, mailer, now))
	river.AddWorker(workers, request.NewDigestWorker(p.Store, requests))
	river.AddWorker(workers, request.NewErasureWorker(p.Store, requests))
	river.AddWorker(workers, export.NewBuildWorker(p.Store, archives, now, cfg.ExportLinkTTL, logger, requests))
	river.AddWorker(workers, export.NewExpiryWorker(p.Store, archives, now))
	river.AddWorker(workers, retention.NewSweepWorker(p.Store, eraser, now, cfg.RequestRetention, logger))
	river.AddWorker(workers, auth.NewSweepWorker(p.Store.Client, now))
	p.Jobs, err = jobs.Open(ctx, p.Store, jobs.Config{
		Workers: workers, Logger: logger, Concurrency: 4, RescueAfter: cfg.JobRescueAfter,
		Periodic: []*river.PeriodicJob{request.DigestJob(), auth.SweepJob(), export.ExpiryJob(), retention.SweepJob()},
	})
	return services{requests: requests, eraser: eraser, archives: archives}, err
}

// lateQueue inserts into the portal's job queue, which is opened after the services that insert
// into it (its workers need them).
type lateQueue struct{ p *Portal }

func (q lateQueue) InsertTx(ctx context.Context, tx *sql.Tx, args river.JobArgs, opts *river.InsertOpts) error {
	return q.p.Jobs.InsertTx(ctx, tx, args, opts)
}

// Start begins the background work: delivering emails, the daily digest.
func (p *Portal) Start(ctx context.Context) error { return p.Jobs.Start(ctx) }

// Close finishes the jobs in hand and releases the database.
func (p *Portal) Close() error {
	if p.Jobs != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_ = p.Jobs.Stop(ctx)
	}
	return p.Store.Close()
}

func routes(cfg config.Config, store *storage.Store, parts services, logger *slog.Logger, now func() time.Time) (http.Handler, error) {
	public := cfg.PublicURL.String()
	signIn := auth.NewService(auth.Config{
		Issuer:          cfg.OIDCIssuer,
		ClientID:        cfg.OIDCClientID,
		ClientSecret:    cfg.OIDCClientSecret,
		PublicURL:       public,
		SessionKey:      cfg.SessionKey,
		SessionLifetime: cfg.SessionLifetime,
		SecureCookies:   cfg.Secure(),
		StaffEmails:     cfg.StaffEmails,
		Tombstone:       parts.eraser.Tombstone,
	}, store.Client, now, logger)

	dist, err := fs.Sub(frontend.Dist, "dist")
	if err != nil {
		return nil, err
	}
	api := graph.NewHandler(graph.Config{
		Client:            store.Client,
		TxOpener:          store,
		Profiles:          profile.NewService(now),
		Requests:          parts.requests,
		Eraser:            parts.eraser,
		Now:               now,
		Logger:            logger,
		OpenIntrospection: cfg.DevMode,
	})

	mux := http.NewServeMux()
	if cfg.DevMode {
		idp, err := devidp.New(cfg.OIDCIssuer, seed.IdentityProviderUsers(), []devidp.Client{{
			ID:                     cfg.OIDCClientID,
			Secret:                 cfg.OIDCClientSecret,
			RedirectURIs:           []string{public + "/auth/callback"},
			PostLogoutRedirectURIs: []string{public + "/"},
		}})
		if err != nil {
			return nil, err
		}
		mux.Handle(config.DevIssuerPath+"/", idp)
		mux.Handle("GET /dev/outbox", outbox(store))
	}
	mux.HandleFunc("GET /auth/login", signIn.Login)
	mux.HandleFunc("GET /auth/callback", signIn.Callback)
	mux.HandleFunc("/auth/logout", signIn.Logout)
	mux.Handle("/graphql", corsFor(cfg.CORSAllowedOrigins, web.JSONOnly(signIn.Authenticate(audited(now, api)))))
	mux.Handle("GET /exports/{id}", signIn.Authenticate(export.DownloadHandler(store, parts.archives, now)))
	mux.Handle("GET /playground", signIn.Authenticate(playground(cfg.DevMode, dist)))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("ok\n")) })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if err := store.Ready(r.Context()); err != nil {
			logger.ErrorContext(r.Context(), "readiness: database unavailable", "error", err)
			http.Error(w, "database unavailable", http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write([]byte("ready\n"))
	})
	mux.Handle("/", web.SPA(dist))

	return web.WithRequestID(web.WithAccessLog(logger,
		web.WithSecurityHeaders(origin(cfg.OIDCIssuer), cfg.Secure(), mux))), nil
}

// audited gives each API request an audit recorder, which the GraphQL server flushes when the
// response is ready.
func audited(now func() time.Time, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, _ := audit.WithRecorder(r.Context(), web.RequestID(r.Context()), now)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// playground serves GraphiQL to staff (to anyone in development mode); others are sent to sign
// in, or told the page is for staff.
func playground(open bool, dist fs.FS) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v, signedIn := viewer.FromContext(r.Context())
		switch {
		case open || v.IsStaff():
			web.ServePage(w, r, dist, "playground.html")
		case !signedIn:
			http.Redirect(w, r, "/auth/login?return_to=/playground", http.StatusFound)
		default:
			http.Error(w, "The GraphQL playground is for provider staff.", http.StatusForbidden)
		}
	})
}

func corsFor(origins []string, next http.Handler) http.Handler {
	if len(origins) == 0 {
		return next
	}
	return cors.New(cors.Options{
		AllowedOrigins:   origins,
		AllowedMethods:   []string{http.MethodGet, http.MethodPost},
		AllowedHeaders:   []string{"Content-Type", "Authorization", "X-Request-ID"},
		AllowCredentials: true,
		MaxAge:           600,
	}).Handler(next)
}

func origin(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return ""
	}
	return u.Scheme + "://" + u.Host
}
