// Package session is the part of fiber v3's session middleware the
// fixtures use: the store hands out the session of a request.
package session

import "github.com/gofiber/fiber/v3"

type Store struct{}

// Session keeps the request's context, as the real one does, for Save
// and Destroy to set the cookie on.
type Session struct{ ctx fiber.Ctx }

func (s *Store) Get(c fiber.Ctx) (*Session, error) { return &Session{ctx: c}, nil }

func (s *Session) Get(key any) any  { return nil }
func (s *Session) Set(key, val any) {}
func (s *Session) Save() error      { return nil }
func (s *Session) Destroy() error   { return nil }
