package shaktiman.core.index.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Verifies IX-12's language table, basenames, case rules, overrides and shebang detection. */
class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector(Map.of());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "a.ts,typescript",
        "a.mts,typescript",
        "a.cts,typescript",
        "a.tsx,tsx",
        "a.js,javascript",
        "a.jsx,javascript",
        "a.mjs,javascript",
        "a.cjs,javascript",
        "a.py,python",
        "a.pyi,python",
        "a.go,go",
        "a.rs,rust",
        "A.java,java",
        "a.rb,ruby",
        "a.rake,ruby",
        "a.gemspec,ruby",
        "Rakefile,ruby",
        "Gemfile,ruby",
        "a.erb,erb",
        "a.sh,bash",
        "a.bash,bash",
        "a.c,c",
        "a.h,c",
        "a.cc,cpp",
        "a.cpp,cpp",
        "a.cxx,cpp",
        "a.hh,cpp",
        "a.hpp,cpp",
        "a.hxx,cpp",
        "a.cs,csharp",
        "a.kt,kotlin",
        "a.kts,kotlin",
        "a.php,php",
        "a.scala,scala",
        "a.sc,scala",
        "A.PY,python",
        "Foo.TS,typescript",
        ".eslintrc.js,javascript",
        "x.min.Js,javascript"
    })
    void byName_withKnownNames_givesTheSpecLanguage(String fileName, String language) {
        assertThat(detector.byName(fileName)).contains(language);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"README.md", "notes.txt", "Makefile", ".bashrc", "foo.", "rakefile", "Gemfile.lock"})
    void byName_withUnknownNames_isEmpty(String fileName) {
        assertThat(detector.byName(fileName)).isEmpty();
    }

    @Test
    void byName_withOverride_addsAndReplacesEntries() {
        LanguageDetector overridden = new LanguageDetector(Map.of("h", "cpp", "VUE", "javascript"));

        assertThat(overridden.byName("x.h")).contains("cpp");
        assertThat(overridden.byName("App.vue")).contains("javascript");
        assertThat(overridden.byName("x.c")).contains("c");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "#!/bin/sh",
                "#!/bin/bash -e",
                "#! /usr/bin/bash",
                "#!/usr/bin/env bash",
                "#!/usr/bin/env -S bash -x",
                "#!/usr/bin/env LC_ALL=C sh\r"
            })
    void detect_extensionlessWithShellShebang_isBash(String firstLine) {
        assertThat(detector.detect("deploy", firstLine + "\necho hi\n")).contains("bash");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"#!/usr/bin/env python3", "#!/bin/zsh", "echo hi", "", "#!/bin/shell"})
    void detect_extensionlessWithoutShellShebang_isPlainText(String firstLine) {
        assertThat(detector.detect("deploy", firstLine + "\n")).isEmpty();
    }

    @Test
    void detect_withExtension_ignoresTheShebang() {
        assertThat(detector.detect("tool.py", "#!/bin/sh\n")).contains("python");
        assertThat(detector.detect("notes.md", "#!/bin/sh\n")).isEmpty();
    }
}
