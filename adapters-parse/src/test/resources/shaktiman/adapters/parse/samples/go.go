// Package server serves.
package server

import (
	"fmt"
	"net/http"
)

const Version = "1"

var count int

type Store struct {
	users map[string]*User
}

type Reader interface {
	Read(id string) (*User, error)
}

type Alias = Store

func NewServer(st *Store) *Server {
	return &Server{store: st}
}

func (s *Server) Listen(addr string) error {
	fmt.Println(addr)
	return http.ListenAndServe(addr, nil)
}

func helper() {}
