package shaktiman.app.daemon;

import shaktiman.core.daemon.ProcessIdentity;
import shaktiman.core.daemon.ProjectLayout;

/** The daemon's fixed texts for people, kept in one place so that tests and the spec can be compared line by line. */
final class Messages {
    private Messages() {}

    /** MI-22's give-up message, with the holder's command line where Linux can tell it. */
    static String noLeaderAnswered(ProjectLayout layout, long holderPid) {
        String pid = ProxyController.pidText(holderPid);
        String text = "shaktimand: no leader answered on " + layout.socketPath() + " within 30 s;\n"
                + "the lock is held by pid " + pid + " (from " + layout.lockFile()
                + "): a daemon still starting, a hung daemon, or a 'shaktiman index' run.\n"
                + "It was not stopped; kill it if it is stuck.";
        if (holderPid > 0) {
            text += ProcessIdentity.commandLine(holderPid)
                    .map(cmd -> "\nIts command line: " + cmd)
                    .orElse("");
        }
        return text;
    }
}
