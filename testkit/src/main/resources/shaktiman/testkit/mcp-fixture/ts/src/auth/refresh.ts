import { validateToken } from './login';

export function refreshToken(token: string) {
  if (!validateToken(token)) {
    throw new Error('invalid token');
  }
  return token + '.refreshed';
}
