package storage_test

import (
	"context"
	"time"

	"github.com/learnerportal/portal/server/storage"
)

func storageOpen(databaseURL, path string) (*storage.Store, error) {
	return storage.Open(context.Background(), databaseURL, path, time.Now)
}
