package org.bookshelf.adapter.persistence.mariadb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Unpacking the server binaries when several JVMs start at once, over a half-unpacked leftover. */
class MariaDbBinariesTest {

    private static final int JVMS = 3;

    private Path cacheRoot;

    @BeforeEach
    void emptyCacheRoot() throws IOException {
        cacheRoot = Path.of("target", "binaries-cache-race").toAbsolutePath();
        removeCacheRoot();
    }

    @AfterEach
    void removeCacheRoot() throws IOException {
        if (Files.exists(cacheRoot)) {
            MariaDbBinaries.deleteRecursively(cacheRoot);
        }
    }

    @Test
    void jvms_unpacking_at_once_all_get_the_one_complete_copy_and_a_leftover_is_replaced() throws Exception {
        Path leftover = Files.createDirectories(
                cacheRoot.resolve(MariaDbBinaries.VERSION).resolve("bin"));
        Files.writeString(leftover.resolve("half-written"), "an unpacking that died midway");

        List<Process> jvms = new ArrayList<>();
        for (int i = 0; i < JVMS; i++) {
            jvms.add(new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            UnpackBinaries.class.getName(),
                            cacheRoot.toString())
                    .redirectErrorStream(true)
                    .start());
        }
        List<String> answers = new ArrayList<>();
        for (Process jvm : jvms) {
            String output = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(jvm.waitFor()).as(output).isZero();
            answers.add(output.lines().reduce((first, last) -> last).orElse(""));
        }

        Path unpacked = cacheRoot.resolve(MariaDbBinaries.VERSION);
        assertThat(answers).containsOnly(unpacked.toString());
        assertThat(unpacked.resolve("bin").resolve("mariadbd")).isExecutable();
        assertThat(unpacked.resolve("bin").resolve("half-written")).doesNotExist();
        try (Stream<Path> entries = Files.list(cacheRoot)) {
            assertThat(entries.map(path -> path.getFileName().toString()))
                    .as("no staging directory is left behind")
                    .containsExactlyInAnyOrder(MariaDbBinaries.VERSION, MariaDbBinaries.VERSION + ".lock");
        }
        assertThat(MariaDbBinaries.unpackedUnder(cacheRoot)).isEqualTo(unpacked);
    }

    /** What each JVM of the test runs: unpack, then print where. */
    static final class UnpackBinaries {
        public static void main(String[] args) {
            System.out.println(MariaDbBinaries.unpackedUnder(Path.of(args[0])));
        }
    }
}
