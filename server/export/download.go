package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/exportarchive"
	"github.com/learnerportal/portal/server/audit"
	"github.com/learnerportal/portal/server/errcode"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/viewer"
	"github.com/learnerportal/portal/server/web"
)

// Codes of this package's refusals, stable for clients.
const (
	CodeNotReady = "EXPORT_NOT_READY"
	CodeExpired  = "EXPORT_EXPIRED"
)

// DownloadHandler serves GET /exports/{id}: the decrypted archive of the ExportArchive id, to
// the person it is about, the employer admin who asked for it, and staff. It runs behind the
// sign-in middleware. Each download is audited before its first byte is sent.
func DownloadHandler(store *storage.Store, blobs Blobs, now func() time.Time) http.Handler {
	return &downloads{store: store, blobs: blobs, now: now}
}

type downloads struct {
	store *storage.Store
	blobs Blobs
	now   func() time.Time
}

func (d *downloads) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	v, err := viewer.SignedIn(ctx)
	if err != nil {
		web.WriteError(w, http.StatusUnauthorized, errcode.Unauthenticated, "Sign in to download your data.")
		return
	}
	archive, err := d.find(ctx, v, r.PathValue("id"))
	var refused *refusal
	if errors.As(err, &refused) {
		web.WriteError(w, refused.status, refused.code, refused.message)
		return
	}
	if err != nil {
		internal(ctx, w, err)
		return
	}
	blob, err := d.blobs.Open(ctx, archive.StorageKey)
	if err != nil {
		internal(ctx, w, err)
		return
	}
	defer blob.Close()
	plain, err := decrypt(blob, archive.EncryptionKey)
	if err != nil {
		internal(ctx, w, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/zip")
	h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="personal-data-%s.zip"`, archive.ReadyAt.UTC().Format(time.DateOnly)))
	h.Set("Content-Length", strconv.FormatInt(archive.SizeBytes, 10))
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	if r.Method == http.MethodHead {
		return // not a download
	}
	err = d.store.InTx(ctx, func(ctx context.Context, tx *storage.Tx) error {
		return audit.RecordDownload(ctx, tx.Client, v, archive.Edges.Request.SubjectID, "ExportArchive", archive.ID, web.RequestID(ctx), d.now())
	})
	if err != nil {
		internal(ctx, w, err)
		return
	}
	// The server's write timeout suits API responses, not an archive of hundreds of megabytes.
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(time.Hour))
	// A failure part-way (the client leaving, or a damaged blob, which decryption detects)
	// leaves the response shorter than its Content-Length: the client sees a failed download.
	_, _ = io.Copy(w, plain)
}

// refusal is a download refused with an HTTP status and a coded message.
type refusal struct {
	status        int
	code, message string
}

func (r *refusal) Error() string { return r.message }

var errNoSuchDownload = &refusal{http.StatusNotFound, errcode.NotFound, "There is no such download."}

// find loads the archive id for v, with its request. What v may see is decided by the data
// layer's privacy rules: an archive of a request they cannot see is not found. Of those who can
// see it, only the person it is about, whoever submitted the request, and staff may download it,
// and only while it is ready.
func (d *downloads) find(ctx context.Context, v viewer.Viewer, id string) (*ent.ExportArchive, error) {
	archiveID, err := strconv.Atoi(id)
	if err != nil {
		return nil, errNoSuchDownload
	}
	// Reading the request of someone else is an access to their data, which the download's own
	// audit entry records; the data layer needs a recorder to allow it.
	ctx, _ = audit.WithRecorder(ctx, web.RequestID(ctx), d.now)
	a, err := d.store.Client.ExportArchive.Query().Where(exportarchive.ID(archiveID)).WithRequest().Only(ctx)
	if ent.IsNotFound(err) || (err == nil && a.Edges.Request == nil) {
		return nil, errNoSuchDownload
	}
	if err != nil {
		return nil, err
	}
	req := a.Edges.Request
	submitter := req.SubmittedByID != nil && *req.SubmittedByID == v.UserID
	if !v.IsStaff() && v.UserID != req.SubjectID && !submitter {
		return nil, &refusal{http.StatusForbidden, errcode.Forbidden,
			"Only the person this data is about, whoever asked for it, and the privacy team can download it."}
	}
	switch {
	case a.State == exportarchive.StateExpired || (a.State == exportarchive.StateReady && a.ExpiresAt != nil && !d.now().Before(*a.ExpiresAt)):
		return nil, &refusal{http.StatusGone, CodeExpired, "This download has expired and been deleted. Ask for a new copy of the data."}
	case a.State == exportarchive.StateFailed:
		return nil, &refusal{http.StatusConflict, CodeNotReady, "This archive could not be built. The privacy team will look into it."}
	case a.State != exportarchive.StateReady:
		return nil, &refusal{http.StatusConflict, CodeNotReady,
			fmt.Sprintf("This archive is still being built (%d%% done). Try again in a moment.", a.Progress)}
	}
	return a, nil
}

// internal answers a failure that is the portal's, not the client's, and logs it through the
// default logger, which main sets to the portal's (with the request ID).
func internal(ctx context.Context, w http.ResponseWriter, err error) {
	slog.ErrorContext(ctx, "serving an export download", "error", err)
	web.WriteError(w, http.StatusInternalServerError, errcode.Internal, "internal error")
}
