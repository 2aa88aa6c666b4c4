export class SessionStore {
  private sessions = new Map<string, object>();

  get(id) {
    return this.sessions.get(id);
  }

  put(id, session) {
    this.sessions.set(id, session);
  }
}

export function createSessionStore() {
  return new SessionStore();
}
