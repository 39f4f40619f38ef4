package errfacts

import (
	"errors"
	"fmt"
)

var errNotFound = errors.New("not found") // want errNotFound:"constError"

var errWrapped = fmt.Errorf("wrapped: %w", errNotFound) // ok: its text is built at run time

// quotaError always says the same.
type quotaError struct{ limit int }

func (quotaError) Error() string { return "quota exceeded" } // want Error:"constError"

// dbError says what the database said.
type dbError struct{ msg string }

func (e dbError) Error() string { return "db: " + e.msg } // ok: its text is built at run time
