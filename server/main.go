// Command server runs the Learner Privacy Portal: configuration from the environment, then
// storage, then the HTTP server, until SIGINT or SIGTERM asks it to finish its requests and stop.
package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
	_ "time/tzdata" // Europe/London for the statutory clock, even on hosts without zoneinfo

	"github.com/learnerportal/portal/server/config"
	"github.com/learnerportal/portal/server/portal"
	"github.com/learnerportal/portal/server/web"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "portal:", err)
		os.Exit(1)
	}
}

func run() error {
	started := time.Now()
	cfg, err := config.Load(config.Env{Getenv: os.Getenv, ReadFile: os.ReadFile})
	if err != nil {
		return fmt.Errorf("configuration:\n%w", err)
	}
	logger := newLogger(cfg.LogLevel)
	slog.SetDefault(logger) // libraries that log through slog's default (the OpenID provider) log JSON too
	if cfg.DevMode {
		logger.Warn("DEVELOPMENT MODE: OIDC_ISSUER is unset, so the portal serves its own identity provider with demo accounts whose password is published, seeds demo data and opens the playground to everyone. Never expose this to a network.",
			"issuer", cfg.OIDCIssuer)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	p, err := portal.New(ctx, cfg, logger, time.Now)
	if err != nil {
		return err
	}
	defer p.Close()
	if err := p.Start(ctx); err != nil {
		return fmt.Errorf("starting background jobs: %w", err)
	}

	listener, err := net.Listen("tcp", cfg.ListenAddress())
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           p.Handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(listener) }()
	logger.Info("portal listening", "url", cfg.PublicURL.String(), "address", listener.Addr().String(), "database", p.Store.Dialect,
		"startup_ms", time.Since(started).Milliseconds())

	select {
	case err := <-serveErr:
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down: finishing requests in flight")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

func newLogger(level string) *slog.Logger {
	var l slog.Level
	_ = l.UnmarshalText([]byte(level)) // validated by config.Load
	return slog.New(web.LogHandler{Handler: slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: l})})
}
