package com.example;

import org.junit.jupiter.api.Test;

class UserServiceTest {
    @Test
    void getsUser() {
        new UserService(new InMemoryUserRepository()).getUser(1);
    }
}
