// Package lib stands for a rate-limiting library: it sets Retry-After and
// then calls the handler it was given.
package lib

import "net/http"

type Config struct {
	LimitReached http.HandlerFunc
}

type Option func(*Config)

func WithLimitHandler(h http.HandlerFunc) Option {
	return func(c *Config) { c.LimitReached = h }
}

func Limit(opts ...Option) func(http.Handler) http.Handler { return nil }
