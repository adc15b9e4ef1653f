package graph

import (
	"context"
	"encoding/json"
	"entgo.io/contrib/entgql"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/learnerportal/portal/server/errcode"
)

// MaxPageSize is the most rows one connection may return at once.
const MaxPageSize = 1000

// MaxNodes is the most IDs nodes(ids:) takes at once.
const MaxNodes = 100

// pagedSchema makes a connection's complexity its page size times the cost of one row, so the
// complexity limit really bounds how many rows an operation can read.
type pagedSchema struct{ graphql.ExecutableSchema }

func (s pagedSchema) Complexity(ctx context.Context, typeName, field string, child int, args map[string]any) (int, bool) {
	if n, ok := pageSize(args); ok && isConnection(s.Schema(), typeName, field) {
		return 1 + child*n, true
	}
	return s.ExecutableSchema.Complexity(ctx, typeName, field, child, args)
}

func isConnection(schema *ast.Schema, typeName, field string) bool {
	t := schema.Types[typeName]
	if t == nil {
		return false
	}
	f := t.Fields.ForName(field)
	return f != nil && strings.HasSuffix(f.Type.Name(), "Connection")
}

// checkNodeCount refuses nodes(ids:) with more than MaxNodes IDs.
func checkNodeCount(ids []int) error {
	if len(ids) > MaxNodes {
		return errcode.Newf(errcode.Validation, "Ask for at most %d nodes at once.", MaxNodes)
	}
	return nil
}

// pageSize reads first or last from a connection field's arguments.
func pageSize(args map[string]any) (int, bool) {
	for _, name := range []string{"first", "last"} {
		switch v := args[name].(type) {
		case int:
			return v, true
		case int64:
			return int(v), true
		case float64:
			return int(v), true
		case json.Number:
			n, err := v.Int64()
			return int(n), err == nil
		}
	}
	return 0, false
}

// pagination refuses a connection asked for without first or last, or with more than
// MaxPageSize: a list is never loaded whole.
type pagination struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = pagination{}

func (pagination) ExtensionName() string                   { return "Pagination" }
func (pagination) Validate(graphql.ExecutableSchema) error { return nil }
func (pagination) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	return checkPages(oc, oc.Operation.SelectionSet, map[string]bool{})
}

func checkPages(oc *graphql.OperationContext, set ast.SelectionSet, seen map[string]bool) *gqlerror.Error {
	for _, sel := range set {
		var err *gqlerror.Error
		switch s := sel.(type) {
		case *ast.Field:
			if s.Definition != nil && strings.HasSuffix(s.Definition.Type.Name(), "Connection") {
				args := s.ArgumentMap(oc.Variables)
				n, ok := pageSize(args)
				if !ok || n < 0 || n > MaxPageSize {
					return pageError(s.Alias, n, ok)
				}
				if err := checkCursors(s.Alias, args); err != nil {
					return err
				}
			}
			err = checkPages(oc, s.SelectionSet, seen)
		case *ast.InlineFragment:
			err = checkPages(oc, s.SelectionSet, seen)
		case *ast.FragmentSpread:
			if !seen[s.Name] {
				seen[s.Name] = true
				if f := oc.Doc.Fragments.ForName(s.Name); f != nil {
					err = checkPages(oc, f.SelectionSet, seen)
				}
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// checkCursors refuses after and before values that are not cursors this API gave out, as the
// client's mistake (VALIDATION) rather than a failure while resolving.
func checkCursors(field string, args map[string]any) *gqlerror.Error {
	for _, name := range []string{"after", "before"} {
		v, ok := args[name]
		if !ok || v == nil {
			continue
		}
		var c entgql.Cursor[int]
		if c.UnmarshalGQL(v) != nil {
			return &gqlerror.Error{
				Message:    fmt.Sprintf("%s: %s is not a cursor this API gave out.", field, name),
				Extensions: map[string]any{"code": errcode.Validation},
			}
		}
	}
	return nil
}

func pageError(field string, n int, given bool) *gqlerror.Error {
	msg := fmt.Sprintf("%s is a connection: ask for a page with first or last (at most %d).", field, MaxPageSize)
	if given {
		msg = fmt.Sprintf("%s asked for %d rows; a page holds 0 to %d.", field, n, MaxPageSize)
	}
	return &gqlerror.Error{Message: msg, Extensions: map[string]any{"code": errcode.Validation}}
}
