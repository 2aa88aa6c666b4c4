package shaktiman.testkit.query;

import java.util.ArrayList;
import java.util.List;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.core.port.TokenCounter;
import shaktiman.testkit.McpFixture;

/**
 * The 18 files of mcp-tools §6's fixture, parsed by hand as the indexer would store them (chunks, symbols, references
 * with their import-qualified names), for engine tests through the in-memory store. The two service classes are cut
 * from the real fixture texts ({@link McpFixture}) with the real line numbers.
 */
final class QueryFixture {
    static final String PY_SERVICE = "py/service/user_service.py";
    static final String JAVA_SERVICE = "java/src/main/java/com/example/UserService.java";

    private QueryFixture() {}

    /** Lines {@code from..to} (1-based, inclusive) of the real §6 fixture file, so the layout mirrors the indexer's. */
    static String real(String path, int from, int to) {
        List<String> lines = McpFixture.text(path).lines().toList();
        return String.join("\n", lines.subList(from - 1, to));
    }

    static List<ParsedFile> files(TokenCounter tokens) {
        List<ParsedFile> files = new ArrayList<>();
        files.add(new FixtureFile("ts/src/auth/login.ts", "typescript", null, false, tokens)
                .header("import { createHmac } from 'crypto';\nimport { hashPassword } from '../utils/hash';")
                .declare(
                        ChunkKind.FUNCTION,
                        SymKind.FUNCTION,
                        "login",
                        "(user: string, password: string)",
                        "export async function login(user: string, password: string) {\n"
                                + "  const hashed = await hashPassword(password, user);\n"
                                + "  return validateToken(hashed);\n}")
                .declare(
                        ChunkKind.FUNCTION,
                        SymKind.FUNCTION,
                        "validateToken",
                        "(token: string): boolean",
                        "export function validateToken(token: string): boolean {\n"
                                + "  const mac = createHmac('sha256', 'secret').update(token).digest('hex');\n"
                                + "  return mac.length > 0;\n}")
                .imports("createHmac", "crypto/createHmac")
                .imports("hashPassword", "../utils/hash/hashPassword")
                .calls("login", "hashPassword", "../utils/hash/hashPassword")
                .calls("login", "validateToken", "")
                .calls("validateToken", "createHmac", "crypto/createHmac")
                .build());
        files.add(new FixtureFile("ts/src/auth/refresh.ts", "typescript", null, false, tokens)
                .header("import { validateToken } from './login';")
                .declare(
                        ChunkKind.FUNCTION,
                        SymKind.FUNCTION,
                        "refreshToken",
                        "(token: string)",
                        "export function refreshToken(token: string) {\n"
                                + "  if (!validateToken(token)) {\n    throw new Error('expired');\n  }\n"
                                + "  return token + '.renewed';\n}")
                .imports("validateToken", "./login/validateToken")
                .calls("refreshToken", "validateToken", "./login/validateToken")
                .build());
        files.add(new FixtureFile("ts/src/auth/middleware.ts", "typescript", null, false, tokens)
                .header("import { validateToken } from './login';")
                .declare(
                        ChunkKind.FUNCTION,
                        SymKind.FUNCTION,
                        "authGuard",
                        "(req)",
                        "export function authGuard(req) {\n"
                                + "  const header = req.headers['authorization'];\n"
                                + "  return validateToken(header);\n}")
                .declare(
                        ChunkKind.FUNCTION,
                        SymKind.FUNCTION,
                        "createAuthMiddleware",
                        "()",
                        "export function createAuthMiddleware() {\n  return authGuard;\n}")
                .imports("validateToken", "./login/validateToken")
                .calls("authGuard", "validateToken", "./login/validateToken")
                .build());
        files.add(new FixtureFile("ts/src/auth/session-store.ts", "typescript", null, false, tokens)
                .declare(
                        ChunkKind.CLASS,
                        SymKind.CLASS,
                        "SessionStore",
                        "",
                        "export class SessionStore {\n  private sessions = new Map();\n"
                                + "  get(id) {\n    return this.sessions.get(id);\n  }\n"
                                + "  put(id, session) {\n    this.sessions.set(id, session);\n  }\n}")
                .member(SymKind.METHOD, "SessionStore.get", "(id)", 2, 4)
                .member(SymKind.METHOD, "SessionStore.put", "(id, session)", 5, 7)
                .declare(
                        ChunkKind.FUNCTION,
                        SymKind.FUNCTION,
                        "createSessionStore",
                        "()",
                        "export function createSessionStore() {\n  return new SessionStore();\n}")
                .build());
        files.add(new FixtureFile("ts/src/utils/hash.ts", "typescript", null, false, tokens)
                .declare(
                        ChunkKind.FUNCTION,
                        SymKind.FUNCTION,
                        "hashPassword",
                        "(password: string, salt: string)",
                        "export async function hashPassword(password: string, salt: string) {\n"
                                + "  const ROUNDS = 10;\n  let digest = password + salt;\n"
                                + "  for (let i = 0; i < ROUNDS; i++) {\n    digest = digest.split('').reverse().join('');\n"
                                + "  }\n  return digest;\n}")
                .declare(
                        ChunkKind.FUNCTION,
                        SymKind.FUNCTION,
                        "generateSalt",
                        "(length: number)",
                        "export function generateSalt(length: number) {\n"
                                + "  return Math.random().toString(36).slice(2, 2 + length);\n}")
                .declare(
                        ChunkKind.FUNCTION,
                        SymKind.FUNCTION,
                        "comparePassword",
                        "(a: string, b: string)",
                        "export function comparePassword(a: string, b: string) {\n  return a === b;\n}")
                .build());
        files.add(new FixtureFile("ts/src/report/big.ts", "typescript", null, false, tokens)
                .split(ChunkKind.FUNCTION, SymKind.FUNCTION, "buildReport", "(kind: string)", reportParts())
                .build());
        files.add(new FixtureFile("ts/src/auth/login.test.ts", "typescript", null, true, tokens)
                .header("import { login, validateToken } from './login';")
                .block("describe('validateToken', () => {\n  it('accepts a signed token', async () => {\n"
                        + "    expect(validateToken(await login('ada', 'pw'))).toBe(true);\n  });\n});")
                .calls("ts/src/auth/login.test.ts", "validateToken", "./login/validateToken")
                .calls("ts/src/auth/login.test.ts", "login", "./login/login")
                .build());
        files.add(new FixtureFile("go/main.go", "go", "main", false, tokens)
                .header("package main")
                .declare(
                        ChunkKind.FUNCTION,
                        SymKind.FUNCTION,
                        "main",
                        "()",
                        "func main() {\n\tstore := NewStore()\n\tstore.AddUser(\"ada\")\n"
                                + "\tsrv := NewServer(store)\n\tsrv.Listen(\":8080\")\n}")
                .calls("main", "NewStore", "")
                .calls("main", "store.AddUser", "")
                .calls("main", "NewServer", "")
                .calls("main", "srv.Listen", "")
                .build());
        files.add(new FixtureFile("go/server.go", "go", "main", false, tokens)
                .header("package main\n\nimport \"net/http\"")
                .declare(ChunkKind.TYPE, SymKind.CLASS, "Server", "", "type Server struct {\n\tstore *Store\n}")
                .declare(
                        ChunkKind.FUNCTION,
                        SymKind.FUNCTION,
                        "NewServer",
                        "(st *Store): *Server",
                        "func NewServer(st *Store) *Server {\n\treturn &Server{store: st}\n}")
                .declare(
                        ChunkKind.METHOD,
                        SymKind.METHOD,
                        "Server.Listen",
                        "(addr string): error",
                        "func (s *Server) Listen(addr string) error {\n\ts.routes()\n"
                                + "\treturn http.ListenAndServe(addr, nil)\n}")
                .declare(
                        ChunkKind.METHOD,
                        SymKind.METHOD,
                        "Server.routes",
                        "()",
                        "func (s *Server) routes() {\n\thttp.HandleFunc(\"/users\", s.handleListUsers)\n}")
                .declare(
                        ChunkKind.METHOD,
                        SymKind.METHOD,
                        "Server.handleListUsers",
                        "(w http.ResponseWriter, r *http.Request)",
                        "func (s *Server) handleListUsers(w http.ResponseWriter, r *http.Request) {\n"
                                + "\tfor _, name := range s.store.ListUsers() {\n\t\tw.Write([]byte(name))\n\t}\n}")
                .imports("http", "net/http")
                .calls("Server.Listen", "s.routes", "")
                .calls("Server.Listen", "http.ListenAndServe", "net/http.ListenAndServe")
                .calls("Server.handleListUsers", "s.store.ListUsers", "")
                .build());
        files.add(new FixtureFile("go/store.go", "go", "main", false, tokens)
                .header("package main")
                .declare(ChunkKind.TYPE, SymKind.CLASS, "Store", "", "type Store struct {\n\tusers []string\n}")
                .declare(
                        ChunkKind.FUNCTION,
                        SymKind.FUNCTION,
                        "NewStore",
                        "(): *Store",
                        "func NewStore() *Store {\n\treturn &Store{}\n}")
                .declare(
                        ChunkKind.METHOD,
                        SymKind.METHOD,
                        "Store.AddUser",
                        "(name string)",
                        "func (s *Store) AddUser(name string) {\n\ts.users = append(s.users, name)\n}")
                .declare(
                        ChunkKind.METHOD,
                        SymKind.METHOD,
                        "Store.ListUsers",
                        "(): []string",
                        "func (s *Store) ListUsers() []string {\n\treturn s.users\n}")
                .build());
        files.add(new FixtureFile("go/server_test.go", "go", "main", true, tokens)
                .header("package main\n\nimport \"testing\"")
                .declare(
                        ChunkKind.FUNCTION,
                        SymKind.FUNCTION,
                        "TestListUsers",
                        "(t *testing.T)",
                        "func TestListUsers(t *testing.T) {\n\tstore := NewStore()\n\tsrv := NewServer(store)\n"
                                + "\tif srv == nil {\n\t\tt.Fatal(\"no server\")\n\t}\n}")
                .calls("TestListUsers", "NewStore", "")
                .calls("TestListUsers", "NewServer", "")
                .build());
        // IX-22: both classes are under max tokens, so each is one chunk holding its methods.
        files.add(new FixtureFile(PY_SERVICE, "python", null, false, tokens)
                .declare(ChunkKind.CLASS, SymKind.CLASS, "UserService", "", real(PY_SERVICE, 1, 10))
                .member(SymKind.METHOD, "UserService.__init__", "(self, repo)", 1, 2)
                .member(SymKind.METHOD, "UserService.create_user", "(self, email)", 4, 6)
                .member(SymKind.METHOD, "UserService.find_user", "(self, user_id)", 8, 9)
                .blank()
                .declare(ChunkKind.CLASS, SymKind.CLASS, "AdminService", "", real(PY_SERVICE, 13, 20))
                .member(SymKind.METHOD, "AdminService.__init__", "(self, repo, audit)", 1, 3)
                .member(SymKind.METHOD, "AdminService.ban_user", "(self, user_id)", 5, 7)
                .blank()
                .declare(ChunkKind.FUNCTION, SymKind.FUNCTION, "validate_email", "(email)", real(PY_SERVICE, 23, 24))
                .blank()
                .declare(ChunkKind.FUNCTION, SymKind.FUNCTION, "login", "(email, password)", real(PY_SERVICE, 27, 28))
                .calls("UserService.create_user", "validate_email", "")
                .reference("AdminService", EdgeKind.INHERITS, "UserService", "UserService")
                .calls("AdminService.ban_user", "self.find_user", "")
                .calls("login", "validate_email", "")
                .build());
        files.add(new FixtureFile("py/tests/test_user_service.py", "python", null, true, tokens)
                .header("from service.user_service import UserService")
                .declare(
                        ChunkKind.FUNCTION,
                        SymKind.FUNCTION,
                        "test_create_user",
                        "()",
                        "def test_create_user():\n    service = UserService(None)\n"
                                + "    service.create_user('ada@example.com')")
                .calls("test_create_user", "service.create_user", "")
                .build());
        files.add(new FixtureFile("java/src/main/java/com/example/User.java", "java", "com.example", false, tokens)
                .header("package com.example;")
                .declare(
                        ChunkKind.CLASS,
                        SymKind.CLASS,
                        "User",
                        "(long id, String email)",
                        "public record User(long id, String email) {}")
                .build());
        files.add(new FixtureFile(
                        "java/src/main/java/com/example/UserRepository.java", "java", "com.example", false, tokens)
                .header("package com.example;\n\nimport java.util.Optional;")
                .declare(
                        ChunkKind.INTERFACE,
                        SymKind.INTERFACE,
                        "UserRepository",
                        "",
                        "public interface UserRepository {\n    Optional<User> findById(long id);\n"
                                + "    void save(User user);\n}")
                .member(SymKind.METHOD, "UserRepository.findById", "(long id): Optional<User>", 1, 1)
                .member(SymKind.METHOD, "UserRepository.save", "(User user): void", 2, 2)
                .build());
        files.add(new FixtureFile(
                        "java/src/main/java/com/example/InMemoryUserRepository.java",
                        "java",
                        "com.example",
                        false,
                        tokens)
                .header("package com.example;\n\nimport java.util.HashMap;\nimport java.util.Optional;")
                .declare(
                        ChunkKind.CLASS,
                        SymKind.CLASS,
                        "InMemoryUserRepository",
                        "",
                        "public class InMemoryUserRepository implements UserRepository {\n"
                                + "    private final HashMap<Long, User> users = new HashMap<>();\n"
                                + "    public Optional<User> findById(long id) {\n"
                                + "        return Optional.ofNullable(users.get(id));\n    }\n"
                                + "    public void save(User user) {\n        users.put(user.id(), user);\n    }\n}")
                .member(SymKind.METHOD, "InMemoryUserRepository.findById", "(long id): Optional<User>", 2, 4)
                .member(SymKind.METHOD, "InMemoryUserRepository.save", "(User user): void", 5, 7)
                .reference("InMemoryUserRepository", EdgeKind.IMPLEMENTS, "UserRepository", "UserRepository")
                .build());
        // IX-22: the class is under max tokens, so it is one chunk holding its members, the nested class included.
        files.add(new FixtureFile(JAVA_SERVICE, "java", "com.example", false, tokens)
                .header(real(JAVA_SERVICE, 1, 1))
                .declare(ChunkKind.CLASS, SymKind.CLASS, "UserService", "", real(JAVA_SERVICE, 3, 33))
                .member(SymKind.VARIABLE, "UserService.repository", "", 1, 1)
                .member(SymKind.METHOD, "UserService.UserService", "(UserRepository repository)", 3, 5)
                .member(SymKind.METHOD, "UserService.getUser", "(long id): User", 7, 9)
                .member(SymKind.METHOD, "UserService.find", "(long id): User", 11, 13)
                .member(SymKind.METHOD, "UserService.find", "(String email): User", 15, 17)
                .member(SymKind.METHOD, "UserService.toString", "(): String", 19, 22)
                .member(SymKind.CLASS, "UserService.Cache", "", 24, 29)
                .member(SymKind.METHOD, "UserService.Cache.toString", "(): String", 25, 28)
                .calls("UserService.getUser", "repository.findById", "")
                .reference("UserService", EdgeKind.TYPE_REF, "UserRepository", "UserRepository")
                .build());
        files.add(new FixtureFile(
                        "java/src/test/java/com/example/UserServiceTest.java", "java", "com.example", true, tokens)
                .header("package com.example;\n\nimport org.junit.jupiter.api.Test;")
                .declare(
                        ChunkKind.CLASS,
                        SymKind.CLASS,
                        "UserServiceTest",
                        "",
                        "class UserServiceTest {\n    @Test\n    void getsUser() {\n"
                                + "        new UserService(new InMemoryUserRepository()).getUser(1);\n    }\n}")
                .member(SymKind.METHOD, "UserServiceTest.getsUser", "()", 2, 4)
                .calls("UserServiceTest.getsUser", "getUser", "")
                .build());
        return files;
    }

    /** buildReport's 150-case switch, split into three consecutive parts of one declaration (IX-24). */
    private static List<String> reportParts() {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder("export function buildReport(kind: string) {\n  switch (kind) {");
        for (int i = 0; i < 150; i++) {
            part.append("\n    case 'k")
                    .append(i)
                    .append("': return 'Report section ")
                    .append(i)
                    .append("';");
            if (i == 49 || i == 99) {
                parts.add(part.toString());
                part = new StringBuilder();
                part.append("    // cases from ").append(i + 1);
            }
        }
        part.append("\n    default: return 'unknown report';\n  }\n}");
        parts.add(part.toString());
        return parts;
    }
}
