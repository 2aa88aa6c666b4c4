import { createHmac } from 'crypto';
import { hashPassword } from '../utils/hash';

export async function login(user: string, password: string) {
  const hashed = await hashPassword(password, user);
  return validateToken(hashed);
}

export function validateToken(token: string): boolean {
  const mac = createHmac('sha256', 'secret').update(token).digest('hex');
  return mac.length > 0;
}
