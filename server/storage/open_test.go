package storage_test

import (
	"context"
	"time"

	"github.com/learnerportal/portal/server/storage"
)

// storageOpen opens a store as main does, with the real clock.
func storageOpen(databaseURL, path string) (*storage.Store, error) {
	return storage.Open(context.Background(), databaseURL, path, time.Now)
}
