package com.example.users

import java.io.Serializable
import kotlin.collections.List as KList

const val LIMIT = 10
val cache = mutableMapOf<String, User>()

interface Repository<T> {
    fun find(id: Long): T
}

open class Base

class UserService(private val repo: Repository<User>) : Base(), Serializable {
    private var count = 0

    fun find(id: Long): User = repo.find(id)

    companion object {
        fun create(): UserService = UserService(InMemory())
    }
}

object Registry {
    fun register(s: UserService) { println(s) }
}

data class Pair(val a: Int, val b: Int)

enum class Mode { ON, OFF }

typealias Id = Long

fun topLevel(x: Int): Int = x + 1
