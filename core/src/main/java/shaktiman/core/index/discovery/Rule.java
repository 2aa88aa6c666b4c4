package shaktiman.core.index.discovery;

import java.util.Objects;
import java.util.Optional;

/** The rule that refused a path, named the way {@code explain} shows it (IX-69). */
public sealed interface Rule {

    /** The machine form, as {@code git check-ignore -v} prints it: {@code src/.gitignore:3:gen/}. */
    String spec();

    /** The human form used in {@code explain}'s text line: {@code src/.gitignore:3 "gen/"}. */
    String describe();

    /**
     * One line of an ignore file.
     *
     * @param source the ignore file, relative to the root with {@code /}: {@code src/.gitignore}
     * @param line its 1-based line number
     * @param pattern the line as git reads it (trailing spaces trimmed, {@code !} kept)
     */
    record IgnoreLine(String source, int line, String pattern) implements Rule {
        public IgnoreLine {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(pattern, "pattern");
            if (line < 1) {
                throw new IllegalArgumentException("line must be >= 1, got " + line);
            }
        }

        @Override
        public String spec() {
            return source + ":" + line + ":" + pattern;
        }

        @Override
        public String describe() {
            return source + ":" + line + " \"" + pattern + "\"";
        }
    }

    /**
     * A default exclude of IX-4, such as {@code node_modules}, {@code *.lock} or {@code .*} (hidden directories).
     *
     * @param name the default's name
     * @param manifest the build manifest beside a build-output directory that made it an exclude
     */
    record Default(String name, Optional<String> manifest) implements Rule {
        public Default {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(manifest, "manifest");
        }

        @Override
        public String spec() {
            return "default:" + name
                    + manifest.map(m -> " (manifest " + m + ")").orElse("");
        }

        @Override
        public String describe() {
            return spec();
        }
    }

    /**
     * A hard exclude of IX-2 ({@code .git}, {@code .hg}, {@code .svn}, {@code .shaktiman}), never re-includable.
     *
     * @param name the excluded name
     */
    record Hard(String name) implements Rule {
        public Hard {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String spec() {
            return "hard:" + name;
        }

        @Override
        public String describe() {
            return spec();
        }
    }
}
