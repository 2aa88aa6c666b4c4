import { validateToken } from './login';

export function authGuard(req) {
  return validateToken(req.headers.authorization);
}

export function createAuthMiddleware() {
  return authGuard;
}
