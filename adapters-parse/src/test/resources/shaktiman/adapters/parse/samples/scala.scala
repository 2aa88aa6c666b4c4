package com.example.users

import scala.collection.mutable
import java.io.{File, Serializable}

trait Repository[T] {
  def find(id: Long): T
}

abstract class Base

class UserService(repo: Repository[User]) extends Base with Serializable {
  private val cache = mutable.Map[Long, User]()
  var count: Int = 0

  def find(id: Long): User = repo.find(id)
}

object UserService {
  def apply(): UserService = new UserService(new InMemory)
}

case class Pair(a: Int, b: Int)

type Id = Long

enum Mode { case On, Off }

def topLevel(x: Int): Int = x + 1

val limit = 10
