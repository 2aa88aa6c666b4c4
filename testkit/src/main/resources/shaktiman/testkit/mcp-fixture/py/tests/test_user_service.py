from service.user_service import UserService


def test_create_user():
    service = UserService(repo={})
    service.create_user("ada@example.com")
