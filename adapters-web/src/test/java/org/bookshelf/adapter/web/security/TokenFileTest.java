package org.bookshelf.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;

class TokenFileTest {

    @TempDir
    Path dir;

    @Test
    void keepsOnlyTheHashOfEachTokenInAFileOnlyItsOwnerReads() throws Exception {
        TokenFile tokens = new TokenFile(dir.resolve("tokens"));

        String token = tokens.add("ci-bot", Role.EDITOR);

        assertThat(token).startsWith("bks_");
        assertThat(Base64.getUrlDecoder().decode(token.substring(4)))
                .as("256 random bits")
                .hasSize(32);
        String content = Files.readString(dir.resolve("tokens"));
        assertThat(content)
                .doesNotContain(token)
                .contains("ci-bot editor " + HexFormat.of().formatHex(TokenFile.sha256(token)));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("tokens"))))
                .isEqualTo("rw-------");
        assertThat(tokens.read())
                .extracting(TokenFile.StoredToken::name, TokenFile.StoredToken::role)
                .containsExactly(tuple("ci-bot", Role.EDITOR));
    }

    @Test
    void refusesTakenAndMalformedNamesAndRevokesByName() {
        TokenFile tokens = new TokenFile(dir.resolve("tokens"));
        tokens.add("alice", Role.READER);

        assertThatThrownBy(() -> tokens.add("alice", Role.ADMIN)).hasMessageContaining("exists already");
        assertThatThrownBy(() -> tokens.add("has space", Role.ADMIN)).hasMessageContaining("token name");
        assertThatThrownBy(() -> tokens.add("", Role.ADMIN)).hasMessageContaining("token name");
        assertThat(tokens.revoke("bob")).isFalse();
        assertThat(tokens.revoke("alice")).isTrue();
        assertThat(tokens.read()).isEmpty();
    }

    @Test
    void skipsMalformedLinesInAHandEditedFile() throws Exception {
        TokenFile tokens = new TokenFile(dir.resolve("tokens"));
        String token = tokens.add("kept", Role.ADMIN);
        Files.writeString(
                dir.resolve("tokens"),
                "garbage line\nx superuser " + "ab".repeat(32) + "\n",
                StandardOpenOption.APPEND);

        assertThat(tokens.read()).extracting(TokenFile.StoredToken::name).containsExactly("kept");
        assertThat(new TokenFileIntrospector(tokens).introspect(token).getName())
                .isEqualTo("kept");
    }

    @Test
    void makesTheFirstAdminTokenOnlyWhenThereIsNoneAndOnlyOnceUnderConcurrentStarts() throws Exception {
        TokenFile tokens = new TokenFile(dir.resolve("tokens"));
        ExecutorService starts = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> made = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            made.add(starts.submit(
                    () -> tokens.addFirstAdminIfNone(dir.resolve("admin-token")).isPresent()));
        }
        int count = 0;
        for (Future<Boolean> start : made) {
            count += start.get() ? 1 : 0;
        }
        starts.shutdown();

        assertThat(count).isEqualTo(1);
        String admin = Files.readString(dir.resolve("admin-token")).strip();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("admin-token"))))
                .isEqualTo("rw-------");
        assertThat(new TokenFileIntrospector(tokens).introspect(admin).getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_ADMIN");
        assertThat(tokens.addFirstAdminIfNone(dir.resolve("other"))).isEmpty();
        assertThat(dir.resolve("other")).doesNotExist();
    }

    @Test
    void theIntrospectorSeesAddedAndRevokedTokensWithinTheRecheckInterval() throws Exception {
        TokenFile tokens = new TokenFile(dir.resolve("tokens"));
        String early = tokens.add("early", Role.READER);
        TokenFileIntrospector introspector = new TokenFileIntrospector(tokens);
        assertThat(introspector.introspect(early).getName()).isEqualTo("early");

        String late = tokens.add("late", Role.EDITOR);
        tokens.revoke("early");
        Thread.sleep(TokenFileIntrospector.RECHECK_INTERVAL.toMillis() + 100);

        assertThat(introspector.introspect(late).getName()).isEqualTo("late");
        assertThatThrownBy(() -> introspector.introspect(early)).isInstanceOf(BadOpaqueTokenException.class);
        assertThatThrownBy(() -> introspector.introspect(late + "x")).isInstanceOf(BadOpaqueTokenException.class);
    }
}
