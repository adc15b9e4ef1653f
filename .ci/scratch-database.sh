#!/usr/bin/env bash
# Prints the URL of a fresh, empty PostgreSQL database named after $1, dropping any earlier one,
# for a test that runs the portal binary against PostgreSQL.
set -euo pipefail
name="portal_${1:?usage: scratch-database.sh NAME}"
psql -h 127.0.0.1 -U postgres -d test -qc "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null
psql -h 127.0.0.1 -U postgres -d test -qc "CREATE DATABASE $name" >/dev/null
echo "postgres://postgres@127.0.0.1:5432/$name?sslmode=disable"
