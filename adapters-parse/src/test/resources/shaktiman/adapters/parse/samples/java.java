/* Licence. */
package com.example;

import java.util.List;
import java.io.Serializable;

public class UserService extends Cache<String, User> implements Serializable {
    public int x, y;
    private static final String N = "n";

    public UserService(Repository repo) { this.repo = repo; }

    public User find(long id) { return repo.findById(id); }

    public User find(String email) { return find(email.length()); }

    static class Cache { public String toString() { return "c"; } }

    interface Listener { void on(User u); }

    enum Mode { ON, OFF }

    record Pair(int a, int b) {}

    @interface Marker {}
}
