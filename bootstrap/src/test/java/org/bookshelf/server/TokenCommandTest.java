package org.bookshelf.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new TokenCommand(
                        dir.resolve("tokens"),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void addPrintsTheTokenAloneOnStandardOutputAndNowhereElse() throws Exception {
        assertThat(run("add", "ci-bot", "editor")).isZero();

        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(1);
        String token = lines.get(0);
        assertThat(token).matches("bks_[A-Za-z0-9_-]{43}");
        assertThat(err()).contains("ci-bot").doesNotContain(token);
        assertThat(Files.readString(dir.resolve("tokens"))).doesNotContain(token);
    }

    @Test
    void listShowsNamesAndRolesOnly() {
        run("add", "alice", "reader");
        String token = out().strip();
        run("add", "root", "ADMIN");

        assertThat(run("list")).isZero();
        assertThat(out().lines()).containsExactly("alice reader", "root admin");
        assertThat(out() + err()).doesNotContain(token);
    }

    @Test
    void revokeRemovesByNameAndSaysWhenThereIsNone() {
        run("add", "alice", "reader");

        assertThat(run("revoke", "alice")).isZero();
        assertThat(run("list")).isZero();
        assertThat(out()).isEmpty();
        assertThat(run("revoke", "alice")).isEqualTo(1);
        assertThat(err()).contains("no token is named alice");
    }

    @Test
    void badUsageExitsWith2AndTakenNamesWith1() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("add", "alice")).isEqualTo(2);
        assertThat(run("add", "alice", "owner")).isEqualTo(2);
        assertThat(err()).contains("reader, editor or admin");
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run("add", "alice", "reader")).isZero();
        assertThat(run("add", "alice", "reader")).isEqualTo(1);
        assertThat(out()).isEmpty();
    }
}
