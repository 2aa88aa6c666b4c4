import { validateToken } from './login';

export function authGuard(req) {
  const token = req.headers.authorization;
  if (!token || !validateToken(token)) {
    throw new Error('unauthorized');
  }
  return true;
}

export function createAuthMiddleware() {
  return authGuard;
}
