package main

import "testing"

func TestListUsers(t *testing.T) {
	store := NewStore()
	srv := NewServer(store)
	if srv == nil {
		t.Fatal("no server")
	}
}
