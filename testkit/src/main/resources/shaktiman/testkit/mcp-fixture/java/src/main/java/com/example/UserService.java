package com.example;

public class UserService {
    private final UserRepository repository;

    public UserService(UserRepository repository) {
        this.repository = repository;
    }

    public User getUser(long id) {
        return repository.findById(id).orElseThrow();
    }

    public User find(long id) {
        return getUser(id);
    }

    public User find(String email) {
        return null;
    }

    @Override
    public String toString() {
        return "UserService";
    }

    static class Cache {
        @Override
        public String toString() {
            return "Cache";
        }
    }
}
