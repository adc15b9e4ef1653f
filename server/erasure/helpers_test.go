package erasure_test

import (
	"time"

	"github.com/learnerportal/portal/server/erasure"
)

const testKey = "a suppression key of thirty-two bytes or more, for tests"

func newService(now func() time.Time, opts ...erasure.Option) *erasure.Service {
	return erasure.New([]byte(testKey), now, opts...)
}
