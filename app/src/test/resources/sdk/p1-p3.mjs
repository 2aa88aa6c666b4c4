// mcp-tools.md §6 P1-P3 through the official MCP TypeScript SDK client, for McpSdkIT.
//
// Usage: node p1-p3.mjs <bin/shaktimand> <project root>
//
// Every connection is the SDK's Client over its StdioClientTransport, which spawns bin/shaktimand on the root: the
// first one leads, the later ones are its proxies. The SDK always offers its own latest protocol version, so the
// connections for the other versions wrap the transport and rewrite that one field of the outgoing initialize; the
// rest (the initialize result's validation, the version check, notifications/initialized, listTools' schema parsing
// and callTool's outputSchema validation) is the SDK's own. The script only observes: it prints one JSON line of
// facts, and the Java test asserts on them. It exits 0 when it could report, 1 when it could not.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { LATEST_PROTOCOL_VERSION, SUPPORTED_PROTOCOL_VERSIONS } from '@modelcontextprotocol/sdk/types.js';
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const [shaktimand, root] = process.argv.slice(2);
if (!shaktimand || !root) {
    console.error('usage: node p1-p3.mjs <bin/shaktimand> <project root>');
    process.exit(1);
}

const READY_WITHIN_MS = 120_000;
const OMITTED = '(omitted)';
/** One successful call per tool, arguments chosen so that each finds something in the §6 fixture. */
const CALLS = [
    ['context', { query: 'guard', budget_tokens: 1024 }],
    ['dependencies', { symbol: 'validateToken', direction: 'callers' }],
    ['diff', {}],
    ['enrichment_status', {}],
    ['search', { query: 'validateToken' }],
    ['summary', {}],
    ['symbols', { name: 'validateToken' }],
];

/**
 * A transport around the SDK's stdio transport that sets the initialize request's protocolVersion to `version`
 * (leaves it out for OMITTED, keeps the SDK's for undefined) and remembers what went out and what the server answered.
 */
class VersionTransport {
    constructor(inner, version) {
        this.inner = inner;
        this.version = version;
        this.offered = undefined;
        this.sent = undefined;
        this.answered = undefined;
        this.initializeId = undefined;
    }

    async start() {
        this.inner.onmessage = (message, extra) => {
            if (message.id !== undefined && message.id === this.initializeId && message.result) {
                this.answered = message.result.protocolVersion;
            }
            this.onmessage?.(message, extra);
        };
        this.inner.onerror = error => this.onerror?.(error);
        this.inner.onclose = () => this.onclose?.();
        await this.inner.start();
    }

    async send(message, options) {
        let out = message;
        if (message.method === 'initialize') {
            this.initializeId = message.id;
            this.offered = message.params.protocolVersion;
            const params = { ...message.params };
            if (this.version === OMITTED) {
                delete params.protocolVersion;
            } else if (this.version !== undefined) {
                params.protocolVersion = this.version;
            }
            this.sent = 'protocolVersion' in params ? params.protocolVersion : OMITTED;
            out = { ...message, params };
        }
        return this.inner.send(out, options);
    }

    async close() {
        await this.inner.close();
    }
}

/** The version in the resolved SDK's own package.json (its exports map does not expose that file). */
function installedSdkVersion() {
    const entry = fileURLToPath(import.meta.resolve('@modelcontextprotocol/sdk/client/index.js'));
    const packageDir = entry.slice(0, entry.lastIndexOf('/dist/'));
    return JSON.parse(readFileSync(`${packageDir}/package.json`, 'utf8')).version;
}

function errorText(error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Connects a new SDK client (spawning a new bin/shaktimand) with `version` rewritten into its initialize. */
async function connect(version) {
    const inner = new StdioClientTransport({
        command: shaktimand,
        args: [root],
        // The SDK passes only HOME, PATH and a few others by default; the test's TMPDIR and settings must reach P.
        env: { ...process.env },
        stderr: 'inherit',
    });
    const transport = new VersionTransport(inner, version);
    const client = new Client({ name: 'shaktiman-sdk-it', version: '1' }, { capabilities: {} });
    await client.connect(transport);
    return { client, transport };
}

function describe(session, requested) {
    const { client, transport } = session;
    return {
        requested: requested ?? null,
        offered: transport.offered,
        sent: transport.sent,
        negotiated: transport.answered,
        serverInfo: client.getServerVersion() ?? null,
        capabilities: client.getServerCapabilities() ?? null,
        instructions: client.getInstructions() ?? null,
    };
}

/** Calls `tool` with the SDK's callTool, which validates structuredContent when listTools gave an outputSchema. */
async function call(client, tool, args) {
    const validated = client.getToolOutputValidator(tool) !== undefined;
    try {
        const result = await client.callTool({ name: tool, arguments: args });
        const text = result.content?.find(item => item.type === 'text')?.text ?? null;
        return {
            tool,
            ok: true,
            validated,
            isError: result.isError === true,
            structured: result.structuredContent !== undefined,
            text: text === null ? null : text.slice(0, 300),
        };
    } catch (error) {
        return { tool, ok: false, validated, error: errorText(error) };
    }
}

/** Polls summary until the startup scan is done (MI-10), so that every answer sees the whole fixture. */
async function awaitReady(client) {
    const deadline = Date.now() + READY_WITHIN_MS;
    let last = 'no answer';
    while (Date.now() < deadline) {
        const result = await client.callTool({ name: 'summary', arguments: {} });
        last = result.structuredContent?.index_state ?? JSON.stringify(result).slice(0, 300);
        if (last === 'ready') {
            return;
        }
        await delay(200);
    }
    throw new Error(`summary.index_state was not ready within ${READY_WITHIN_MS} ms; last: ${last}`);
}

const report = {
    node: process.version,
    sdk: {
        version: installedSdkVersion(),
        latest: LATEST_PROTOCOL_VERSION,
        supported: SUPPORTED_PROTOCOL_VERSIONS,
    },
    sessions: [],
    error: null,
};
let stage = 'start';
const open = [];
try {
    stage = 'connect with the SDK default version';
    const leader = await connect(undefined);
    open.push(leader);
    const latest = describe(leader, undefined);
    report.sessions.push(latest);
    stage = 'await index_state ready';
    await awaitReady(leader.client);
    stage = 'listTools at the SDK default version';
    latest.tools = (await leader.client.listTools()).tools;
    stage = 'callTool for each tool at the SDK default version';
    latest.calls = [];
    for (const [tool, args] of CALLS) {
        latest.calls.push(await call(leader.client, tool, args));
    }

    for (const version of ['2025-06-18', '2025-03-26', '2024-11-05', '1999-01-01', OMITTED]) {
        stage = `connect asking for ${version}`;
        const proxy = await connect(version);
        open.push(proxy);
        const session = describe(proxy, version);
        report.sessions.push(session);
        if (SUPPORTED_PROTOCOL_VERSIONS.includes(version)) {
            stage = `listTools at ${version}`;
            session.tools = (await proxy.client.listTools()).tools;
            stage = `callTool at ${version}`;
            session.calls = [await call(proxy.client, 'symbols', { name: 'validateToken' })];
        }
        stage = `close the connection of ${version}`;
        await proxy.client.close();
        open.pop();
    }
} catch (error) {
    report.error = { stage, message: errorText(error) };
} finally {
    // Proxies first, the leader last, each through the SDK's close (stdin end, then SIGTERM, then SIGKILL).
    for (const session of open.reverse()) {
        try {
            await session.client.close();
        } catch (error) {
            console.error(`closing a connection failed: ${errorText(error)}`);
        }
    }
}
// Exit explicitly once the line is out: nothing left running may keep the test waiting.
process.stdout.write(JSON.stringify(report) + '\n', () => process.exit(0));
