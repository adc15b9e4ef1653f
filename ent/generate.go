// Package ent holds the data model (schema/) and the code ent generates from it.
package ent

//go:generate go run -mod=mod entc.go
