package io.github.mediaops.analytics.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A headless Chromium started as a plain process (no DevTools protocol, no driver): it loads a file and
 * prints the DOM it built ({@code --dump-dom}) or writes a screenshot, and logs every console message
 * to stderr ({@code --enable-logging=stderr}), one {@code INFO:CONSOLE} line each. The flags keep it off
 * the network and out of the user's profile (the flags of /work/.library/env/machines/java-maven.md:
 * without the background-networking ones it tries to reach Google's hosts at every start).
 */
final class Chromium {
    /** The variable .ci/run exports after installing Debian's chromium. */
    static final String ENV = "MEDIAOPS_TEST_CHROMIUM";
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");

    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    /** The browser named by {@value #ENV}, else a usual install path; empty when there is none. */
    static Optional<Chromium> find() {
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env);
            return Files.isExecutable(p) ? Optional.of(new Chromium(p)) : Optional.empty();
        }
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst().map(Chromium::new);
    }

    /** Why {@link #find()} is empty, for the skip message. */
    static String whyMissing() {
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return ENV + "=" + env + " is not an executable file";
        }
        return "no Chromium found (" + ENV + " unset, none of " + CANDIDATES + " exists); .ci/run installs "
                + "Debian's chromium when it runs as root with apt-get";
    }

    /** Whether fontconfig knows a font for Chinese; empty when fc-list cannot be run. */
    static Optional<Boolean> hasChineseFont() {
        try {
            Process p = new ProcessBuilder("fc-list", ":lang=zh", "family").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(!out.isBlank());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** What one run printed. */
    record Run(String stdout, String stderr) {
        /** The console messages the page produced, one per line. */
        List<String> consoleMessages() {
            return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
        }
    }

    /** Loads {@code page} and returns the serialised DOM (stdout) and the log (stderr). */
    Run dumpDom(Path page, Path work) throws IOException, InterruptedException {
        return run(work, List.of("--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString()));
    }

    /** Loads {@code page} in a window of the given size and writes a PNG screenshot of it. */
    Run screenshot(Path page, Path png, int width, int height, Path work) throws IOException, InterruptedException {
        return run(work, List.of("--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(), page.toUri().toString()));
    }

    private Run run(Path work, List<String> args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile");
        Path out = work.resolve("stdout-" + profile.getFileName());
        Path err = work.resolve("stderr-" + profile.getFileName());
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 120 s: " + cmd);
        }
        Run run = new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        if (p.exitValue() != 0) {
            throw new AssertionError("Chromium exited with " + p.exitValue() + ": " + run.stderr());
        }
        return run;
    }
}
