package shaktiman.app.it;

/** The outcome of one {@code bin/shaktiman} run: exit status and both streams in full. */
record CliResult(int exitCode, String stdout, String stderr) {

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout ---\n" + McpClient.abbreviate(stdout) + "\n--- stderr ---\n"
                + McpClient.abbreviate(stderr);
    }
}
