export async function hashPassword(password: string, salt: string) {
  const ROUNDS = 10;
  let hashed = password + salt;
  for (let i = 0; i < ROUNDS; i++) {
    hashed = hashed.split('').reverse().join('');
  }
  return hashed;
}

export function generateSalt(length: number) {
  return Math.random().toString(36).slice(2, 2 + length);
}

export function comparePassword(a: string, b: string) {
  return a === b;
}
