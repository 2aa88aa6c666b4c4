class UserService:
    def __init__(self, repo):
        self.repo = repo

    def create_user(self, email):
        validate_email(email)
        return self.repo.add(email)

    def find_user(self, user_id):
        return self.repo.get(user_id)


class AdminService(UserService):
    def __init__(self, repo, audit):
        super().__init__(repo)
        self.audit = audit

    def ban_user(self, user_id):
        user = self.find_user(user_id)
        self.audit.record("ban", user)


def validate_email(email):
    return "@" in email


def login(email, password):
    return validate_email(email) and bool(password)
