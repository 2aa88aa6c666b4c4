package com.example;

public record User(long id, String email) {}
