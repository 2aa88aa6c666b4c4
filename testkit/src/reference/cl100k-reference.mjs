// Writes testkit's cl100k-reference.tsv: the MCP-1 reference strings with their counts from OpenAI's tokenizer.
// Run it from a scratch directory outside the repository that has the two npm packages, for example:
//   mkdir -p /tmp/tiktoken-ref && cd /tmp/tiktoken-ref && npm init -y && npm install tiktoken@1.0.22 js-tiktoken@1.0.21
//   node <repo>/testkit/src/reference/cl100k-reference.mjs > <repo>/testkit/src/main/resources/shaktiman/testkit/contract/cl100k-reference.tsv
// The counts come from `tiktoken` (OpenAI's Rust tiktoken compiled to WASM); the pure-JS port `js-tiktoken` must agree.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(process.cwd() + "/");
const tiktoken = require("tiktoken");
const jsTiktoken = require("js-tiktoken");
const installedVersion = (name) =>
  JSON.parse(readFileSync(join(process.cwd(), "node_modules", name, "package.json"), "utf8")).version;
const tiktokenVersion = installedVersion("tiktoken");
const jsTiktokenVersion = installedVersion("js-tiktoken");

const strings = [
  "",
  "hello world",
  "Hello, World!",
  "The quick brown fox jumps over the lazy dog.",
  'public static void main(String[] args) {\n    System.out.println("hi");\n}\n',
  "def hash_password(password: str, rounds: int = 12) -> bytes:\n\treturn bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds))\n",
  "export async function hashPassword(plain: string): Promise<string> {\n  return bcrypt.hash(plain, ROUNDS);\n}",
  'func (s *Server) routes() {\n\ts.mux.HandleFunc("/users", s.handleUsers)\n}',
  "SELECT id, name FROM users WHERE email = ? AND deleted_at IS NULL;",
  '<div class="container"><span>&nbsp;text&amp;more</span></div>',
  '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"}}',
  '#include <stdio.h>\nint main(void) { printf("%d\\n", 42); return 0; }',
  "x += y ** 2 >> 3 && !z || a != b; // ops === !== => ->",
  "1234567890 3.14159 -42 0xDEADBEEF 1e-10",
  "I'm sure they'll say it's what we've done, isn't it? I'D SAY SO",
  "<|endoftext|>",
  "<|fim_prefix|>def f():<|fim_suffix|>\n<|fim_middle|>",
  "before <|endoftext|> after",
  "<|endofprompt|><|im_start|>user\nhi<|im_end|>",
  "日本語のテキストを数える",
  "中文分词测试：你好，世界！",
  "한국어 토큰화 테스트",
  "Привет, мир! Как дела?",
  "مرحبا بالعالم",
  "नमस्ते दुनिया",
  "สวัสดีชาวโลก",
  "😀",
  "👍🏽 thumbs up with skin tone",
  "👨\u200d👩\u200d👧\u200d👦 family ZWJ sequence",
  "🇮🇳🇺🇸🇯🇵 flags",
  "e\u0301 cafe\u0301 vs caf\u00e9",
  "Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d\u034f\u0334\u0319\u0324A\u036b\u0357\u0334\u0362\u0335\u031cL\u0368\u0367G\u0311\u0357O",
  "größe straße naïve façade",
  "    ",
  " ".repeat(100) + "x",
  "\t\t\tindented\n\n\n\nlines\r\n\r\nwindows",
  "\n",
  "   leading and trailing   ",
  "\u00a0non-breaking\u2003em\u3000ideographic spaces",
  "zero\u200bwidth\u200cjoiners\u200d\ufeffbom",
  "getHttpResponseCodeFromTheRemoteServerAfterRetryingWithExponentialBackoffAndJitterUntilTheDeadlineExpires",
  "THIS_IS_A_VERY_LONG_SCREAMING_SNAKE_CASE_CONSTANT_NAME_FOR_MAXIMUM_RETRY_ATTEMPTS_PER_CONNECTION_POOL",
  "a".repeat(300),
  "x\u0000y\u0007z\u001b[31mred\u001b[0m",
  "lone \ud800 surrogate",
  "\udc00\ud800 reversed pair",
  "∀x∈ℝ: x² ≥ 0 ⇒ √(x²) = |x|",
  "https://example.com/path/to/resource?query=value&other=123#fragment",
  "/usr/local/lib/node_modules/@scope/pkg/dist/index.d.ts",
  "MixedCase_with-kebab.and.dots/and\\backslashes aGVsbG8gd29ybGQ=",
];

if (strings.length !== 50) {
  throw new Error(`expected 50 reference strings, have ${strings.length}`);
}

const wasm = tiktoken.get_encoding("cl100k_base");
const js = jsTiktoken.getEncoding("cl100k_base");

// Invisible or confusable characters are written as \u{HEX} so that the file shows exactly what is counted.
const escapeAsHex = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\u0300-\u036f]|(?! )\p{Zs}/u;

function escape(text) {
  let out = "";
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i);
    const ch = String.fromCodePoint(cp);
    i += ch.length;
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (escapeAsHex.test(ch)) out += `\\u{${cp.toString(16).toUpperCase()}}`;
    else out += ch;
  }
  return `"${out}"`;
}

const lines = [
  "# cl100k_base token counts of the MCP-1 reference strings, from OpenAI's tokenizer with special tokens as ordinary text.",
  `# Generated with npm tiktoken@${tiktokenVersion} (OpenAI's tiktoken as WASM: encode_ordinary and encode(text, [], []))`,
  `# and cross-checked with js-tiktoken@${jsTiktokenVersion}, in a scratch directory outside the repository:`,
  "#   mkdir -p /tmp/tiktoken-ref && cd /tmp/tiktoken-ref && npm init -y",
  `#   npm install tiktoken@${tiktokenVersion} js-tiktoken@${jsTiktokenVersion}`,
  "#   node <repo>/testkit/src/reference/cl100k-reference.mjs > <repo>/testkit/src/main/resources/shaktiman/testkit/contract/cl100k-reference.tsv",
  "# The strings themselves are listed in that script.",
  '# Format: <count> TAB "<text>"; inside the quotes \\\\ \\" \\t \\n \\r and \\u{HEX} (a code point, or an unpaired',
  "# surrogate) are escapes and everything else is literal UTF-8.",
];
for (const text of strings) {
  const counts = [
    wasm.encode_ordinary(text).length,
    wasm.encode(text, [], []).length,
    js.encode(text, [], []).length,
  ];
  if (new Set(counts).size !== 1) {
    throw new Error(`tokenizers disagree on ${JSON.stringify(text)}: ${counts}`);
  }
  lines.push(`${counts[0]}\t${escape(text)}`);
}
wasm.free();
process.stdout.write(lines.join("\n") + "\n");
