package shaktiman.testkit.query;

import shaktiman.core.model.ChunkKind;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.core.port.TokenCounter;

/** Edited versions of fixture files, for tests of the change signal and of diff. */
final class QueryFixtureEdits {
    private QueryFixtureEdits() {}

    /** {@code hash.ts} with {@code ROUNDS = 12}: a body-only edit of {@code hashPassword}. */
    static ParsedFile hashWithTwelveRounds(TokenCounter tokens) {
        return hash(tokens, "12", "(length: number)", "export function generateSalt(length: number) {");
    }

    /** {@code hash.ts} with a changed {@code generateSalt} parameter: a signature change. */
    static ParsedFile hashWithSaltBytes(TokenCounter tokens) {
        return hash(tokens, "10", "(bytes: number)", "export function generateSalt(bytes: number) {");
    }

    private static ParsedFile hash(TokenCounter tokens, String rounds, String saltSignature, String saltHead) {
        return new FixtureFile("ts/src/utils/hash.ts", "typescript", null, false, tokens)
                .declare(
                        ChunkKind.FUNCTION,
                        SymKind.FUNCTION,
                        "hashPassword",
                        "(password: string, salt: string)",
                        "export async function hashPassword(password: string, salt: string) {\n"
                                + "  const ROUNDS = " + rounds + ";\n  let digest = password + salt;\n"
                                + "  for (let i = 0; i < ROUNDS; i++) {\n    digest = digest.split('').reverse().join('');\n"
                                + "  }\n  return digest;\n}")
                .declare(
                        ChunkKind.FUNCTION,
                        SymKind.FUNCTION,
                        "generateSalt",
                        saltSignature,
                        saltHead + "\n  return Math.random().toString(36).slice(2, 2 + length);\n}")
                .declare(
                        ChunkKind.FUNCTION,
                        SymKind.FUNCTION,
                        "comparePassword",
                        "(a: string, b: string)",
                        "export function comparePassword(a: string, b: string) {\n  return a === b;\n}")
                .build();
    }

    /** A new file {@code ts/src/auth/logout.ts}. */
    static ParsedFile logout(TokenCounter tokens) {
        return new FixtureFile("ts/src/auth/logout.ts", "typescript", null, false, tokens)
                .declare(
                        ChunkKind.FUNCTION,
                        SymKind.FUNCTION,
                        "logout",
                        "(token: string)",
                        "export function logout(token: string) {\n  return token.length > 0;\n}")
                .build();
    }
}
