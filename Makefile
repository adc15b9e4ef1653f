# The two commands of the README: `make run` serves the portal with SQLite, the built-in
# development identity provider and demo data at http://localhost:8080; `make test` runs every
# check CI runs. Both install what they need from the project's own files.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/test?sslmode=disable

.PHONY: run build test node-deps generate check-generated lint go-test-sqlite go-test-postgres \
	frontend-test e2e-sqlite e2e-postgres bench

run: build
	./bin/portal

build: node-deps
	npm run build
	go build -o bin/portal ./server

# npm ci only when the lockfile changed since the last install.
node-deps: node_modules/.package-lock.json
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

test: check-generated lint go-test-sqlite go-test-postgres frontend-test

# Regenerates ent, gqlgen, the SPA's GraphQL types and checks the migrations; any change to a
# committed file (or a new file) means the committed generated code was stale.
generate: node-deps
	go mod tidy
	go generate ./ent
	go tool gqlgen generate
	npm run --silent codegen

check-generated: generate
	bash .ci/ensure-postgres.sh
	MIGRATE_POSTGRES_URL=$(POSTGRES_URL) go run ./ent/migrate/diff -check
	@if [ -n "$$(git status --porcelain -- ent graph frontend/src/gql go.mod go.sum)" ]; then \
		git status --short -- ent graph frontend/src/gql go.mod go.sum; git diff --stat; \
		echo "Generated code is out of date: run 'make generate' and commit the result."; exit 1; fi

lint:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); \
		if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted"; exit 1; fi
	go vet ./...

go-test-sqlite:
	go test -race -count=1 ./...

go-test-postgres:
	bash .ci/ensure-postgres.sh
	TEST_DATABASE_URL=$(POSTGRES_URL) go test -race -count=1 ./...

# The export, erasure and employee directory benchmarks on both databases; not part of
# `make test` (targets are measured, never asserted by timed tests).
bench:
	go test -run '^$$' -bench 'Export|Erasure' -benchtime 1x ./server/export/ ./server/erasure/
	go test -run '^$$' -bench 'Directory' -benchtime 500x ./server/directory/
	bash .ci/ensure-postgres.sh
	TEST_DATABASE_URL=$(POSTGRES_URL) go test -run '^$$' -bench 'Export|Erasure' -benchtime 1x ./server/export/ ./server/erasure/
	TEST_DATABASE_URL=$(POSTGRES_URL) go test -run '^$$' -bench 'Directory' -benchtime 500x ./server/directory/

frontend-test: node-deps
	npm run typecheck
	npm run test:unit
	$(MAKE) e2e-sqlite e2e-postgres

e2e-sqlite:
	npm run test:e2e

e2e-postgres:
	bash .ci/ensure-postgres.sh
	E2E_DATABASE_URL=$$(bash .ci/scratch-database.sh e2e) npm run test:e2e
