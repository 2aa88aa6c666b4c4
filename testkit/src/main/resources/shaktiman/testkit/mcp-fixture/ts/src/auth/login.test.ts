import { login, validateToken } from './login';

describe('validateToken', () => {
  it('accepts a login token', async () => {
    const token = await login('ada', 'secret');
    expect(validateToken(token)).toBe(true);
  });
});
