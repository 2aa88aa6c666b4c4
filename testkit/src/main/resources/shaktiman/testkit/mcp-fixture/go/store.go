package main

type Store struct {
	users []string
}

func NewStore() *Store {
	return &Store{}
}

func (s *Store) AddUser(name string) {
	s.users = append(s.users, name)
}

func (s *Store) ListUsers() []string {
	return s.users
}
