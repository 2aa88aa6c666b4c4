package main

import (
	"net/http"
	"strings"
)

type Server struct {
	store *Store
}

func NewServer(st *Store) *Server {
	return &Server{store: st}
}

func (s *Server) Listen(addr string) error {
	s.routes()
	return http.ListenAndServe(addr, nil)
}

func (s *Server) routes() {
	http.HandleFunc("/users", s.handleListUsers)
}

func (s *Server) handleListUsers(w http.ResponseWriter, r *http.Request) {
	users := s.store.ListUsers()
	w.Write([]byte(strings.Join(users, ",")))
}
