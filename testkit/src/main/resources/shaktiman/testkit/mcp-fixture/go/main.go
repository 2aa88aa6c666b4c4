package main

func main() {
	store := NewStore()
	store.AddUser("ada")
	srv := NewServer(store)
	srv.Listen(":8080")
}
