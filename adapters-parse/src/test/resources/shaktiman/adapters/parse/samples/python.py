"""Module docstring."""
import os
from a.b import c as d
from . import sibling

MAX_USERS = 100
_cache = {}


class Base:
    pass


class AdminService(Base, mod.C, metaclass=Meta):
    """Admin."""
    limit: int = 3

    def __init__(self, email):
        self.email = email

    @staticmethod
    def validate(email: str) -> bool:
        return d(email) and os.path.exists(email)

    def _private(self):
        self.save()


def outer(x):
    def inner(y):
        return y
    return inner(x)


if __name__ == "__main__":
    outer(1)
