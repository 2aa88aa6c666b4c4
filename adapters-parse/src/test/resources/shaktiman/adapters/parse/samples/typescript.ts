// Auth helpers.
import { hashPassword } from '../utils/hash';
import * as crypto from 'crypto';

export interface Repository<T> {
  find(id: number): T;
}

export type UserId = string;

enum Color { Red, Green }

namespace Internal {
  export const LIMIT = 10;
}

export abstract class Base {}

export class UserService extends Base implements Repository<User> {
  private cache: Map<string, User> = new Map();
  constructor(private readonly repo: Repository<User>) { super(); }
  find(id: number): User { return this.repo.find(id); }
  static create(): UserService { return new UserService(null as any); }
}

export function validateToken(token: string): boolean {
  const h = crypto.createHmac('sha256', 'k');
  return hashPassword(token) === h.digest('hex');
}

export const login = async (name: string): Promise<boolean> => validateToken(name);
let counter = 0;
