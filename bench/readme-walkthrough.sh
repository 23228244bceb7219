#!/usr/bin/env bash
# Checks that README.md's shell examples still hold for the jar as built: runs them against a fresh service
# and compares what they print with what the README shows. Not part of the tests; run it by hand from the
# project root after building the jar:
#
#     mvn -B -q package -DskipTests && bench/readme-walkthrough.sh
#
# What it runs, in README order:
#   - "## Security": the start-up line the first start prints, and the `token add/list/revoke` commands (the
#     README shows no transcript for these, only comments: `add` must print one token alone on standard output,
#     `list` no token; their standard error, where they say what they did, is not compared);
#   - "## The API, walked through": every ```console block, verbatim, one shell variable state shared by all
#     (so `TOKEN=$(cat data/admin-token)` is the README's own definition of TOKEN);
#   - "## Searching": its ```console blocks, on the walk-through's service and shell state;
#   - "## Metrics and health": `token add prometheus reader`, into a scratch file instead of /etc/prometheus,
#     then /metrics with that token, and /health/live and /health/ready as its table says;
#   - "## Many books at once": the ```console blocks; the HTTP import on the walk-through's service, the
#     command-line import on a second, fresh data directory once the service has stopped. The README does
#     not ship goodreads_library_export.csv: a stand-in made here has the counts its output shows (3 rows,
#     2 books, 2 authors, 3 credits, line 4 rejected for ISBN 9780306406158).
# Not run: the JWT, TLS, external-database, replica and Galera examples (they need infrastructure) and
# "## Backups" (its output comes from the 200,000-book benchmark catalogue).
#
# The commands run in a scratch directory laid out as the README assumes: ./data is the service's fresh
# data directory (embedded MariaDB; the first start writes data/admin-token), ./bootstrap points at this
# project's bootstrap module, so `java -jar bootstrap/target/bookshelf.jar` is the jar built here. The
# service listens on a free port; `localhost:8080` in commands and `:8080` in outputs stand for it.
# Tolerated, and nothing else: the headers the README says it leaves out (Date, Cache-Control,
# X-Content-Type-Options, Content-Security-Policy, and the service's other security headers X-Frame-Options and
# X-XSS-Protection), Content-Length (framing; the body is compared), CRLF and trailing blanks, the port, the
# scratch directory's path (shown as /srv/bookshelf), timestamped log records on standard error, a generated
# token (bks_…), the seconds a command took, and the exit status (the README shows none).
#
# Prints one line per block (match, or DIFFER with a short diff) and `walkthrough: N of M blocks match`;
# exits 1 on any difference, 2 when it cannot run. KEEP=1 keeps the scratch directory (and the service's log).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=bootstrap/target/bookshelf.jar
[ -f "$JAR" ] || { echo "no $JAR: build it first (mvn -B -q package -DskipTests)" >&2; exit 2; }
for tool in java curl python3; do command -v $tool >/dev/null || { echo "needs $tool" >&2; exit 2; }; done

exec python3 - "$PWD" <<'PY'
import difflib, os, re, shutil, signal, socket, subprocess, sys, tempfile, time

ROOT = sys.argv[1]
README = os.path.join(ROOT, "README.md")
# The headers the walk-through says it leaves out: `Date` and "the caching and security headers"; the service's
# security headers include Spring Security's X-Frame-Options and X-XSS-Protection beside the two the Security
# section names. Content-Length is framing: the body it measures is compared in full.
LEFT_OUT = {"date", "cache-control", "x-content-type-options", "content-security-policy", "x-frame-options",
            "x-xss-protection", "content-length"}
LOG_RECORD = re.compile(r"^\d{4}-\d\d-\d\dT[0-9:.]+Z +(TRACE|DEBUG|INFO|WARN|ERROR) +\[")


def sections(text):
    """{title: body} of the README's '## ' sections (subsections stay in their section)."""
    out, title, lines = {}, None, []
    for line in text.splitlines():
        if line.startswith("## "):
            if title:
                out[title] = lines
            title, lines = line[3:].strip(), []
        elif title:
            lines.append(line)
    if title:
        out[title] = lines
    return out


def console_blocks(lines):
    """Each ```console block as a list of (command, expected output lines)."""
    blocks, inside, block = [], False, None
    for line in lines:
        if not inside and line.strip() == "```console":
            inside, block = True, []
        elif inside and line.strip() == "```":
            inside = False
            blocks.append(block)
        elif inside:
            if line.startswith("$ "):
                block.append([line[2:], []])
            elif block and block[-1][0].endswith("\\") and not block[-1][1]:
                block[-1][0] = block[-1][0][:-1] + line   # a command continued on the next line
            else:
                block[-1][1].append(line)
    return [[(c, o) for c, o in b] for b in blocks]


def indented_blocks(lines):
    """Each block indented by four spaces (after a blank line), as a list of its lines."""
    blocks, block, previous_blank = [], None, True
    for line in lines:
        if line.startswith("    ") and (block is not None or previous_blank):
            block = (block or []) + [line[4:]]
        else:
            if block:
                blocks.append(block)
            block = None
        previous_blank = not line.strip()
    if block:
        blocks.append(block)
    return blocks


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Shell:
    """Runs README commands in one directory, keeping the variables they assign (NAME=...) between blocks."""

    def __init__(self, cwd, port):
        self.cwd, self.port, self.state = cwd, port, os.path.join(cwd, ".readme-vars")
        open(self.state, "w").close()

    def run(self, command, timeout=180, merge=True):
        command = command.replace("localhost:8080", f"localhost:{self.port}")
        command = command.replace("127.0.0.1:8080", f"127.0.0.1:{self.port}")
        script = f"source {self.state}\n{command}\n"
        assigned = re.match(r"^([A-Za-z_][A-Za-z0-9_]*)=", command)
        if assigned:
            script += f"declare -p {assigned.group(1)} >> {self.state}\n"
        # Both streams, as a terminal shows them, for the README's ```console transcripts (those of the command
        # line include standard error); standard output alone for the commands it shows without a transcript.
        result = subprocess.run(["bash", "-c", script], cwd=self.cwd, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT if merge else subprocess.DEVNULL,
                                timeout=timeout)
        return result.returncode, result.stdout.decode(errors="replace")


def normalize(text, port, cwd=None):
    lines, in_headers = [], False
    for line in text.replace("\r\n", "\n").split("\n"):
        line = line.rstrip()
        if LOG_RECORD.match(line):   # the embedded MariaDB's log records on standard error: timestamps, random ports
            continue
        if re.match(r"^HTTP/\d(\.\d)? \d{3}", line):
            in_headers = True
        elif in_headers and not line:
            in_headers = False
        elif in_headers and line.split(":", 1)[0].lower() in LEFT_OUT:
            continue
        line = line.replace(f":{port}", ":8080")
        if cwd:                       # the README's examples run in /srv/bookshelf, data in /srv/bookshelf/data
            line = line.replace(cwd, "/srv/bookshelf")
        line = re.sub(r'"seconds":[0-9.]+', '"seconds":<seconds>', line)
        line = re.sub(r" in [0-9.]+ s$", " in <seconds> s", line)
        line = re.sub(r"^bks_[A-Za-z0-9_-]{20,}$", "<token>", line)
        lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return lines


results = []


def report(name, expected, actual, problem=None, compare_only=False):
    ok = (problem is None or compare_only) and expected == actual
    results.append(ok)
    print(f"{'match ' if ok else 'DIFFER'}  {name}")
    if not ok:
        if problem:
            print(f"        {problem}")
        diff = list(difflib.unified_diff(expected, actual, "README", "service", lineterm="", n=0))[2:]
        for line in diff[:12]:
            print("        " + line[:220])
        if len(diff) > 12:
            print(f"        … {len(diff) - 12} more diff lines")
    sys.stdout.flush()


def label(section, number, command):
    command = re.sub(r"-H \"Authorization: Bearer \$TOKEN\" ", "", command)
    return f"{section} #{number}: {command[:110]}{'…' if len(command) > 110 else ''}"


def run_console_block(shell, section, number, block, port):
    expected, actual, statuses = [], [], []
    for command, output in block:
        rc, out = shell.run(command)
        # An import runs in the background: its job is read once it has ended, as the README shows it.
        deadline = time.time() + 60
        while re.search(r"/api/imports/\d+'?$", command) and '"state":"running"' in out and time.time() < deadline:
            time.sleep(0.5)
            rc, out = shell.run(command)
        expected += normalize("\n".join(output), port)
        actual += normalize(out, port, shell.cwd)
        if rc != 0:   # not compared (the README shows no exit status; `import` exits 1 when it rejected rows)
            statuses.append(f"`{command[:50]}` exited {rc}")
    report(label(section, number, block[0][0]), expected, actual, "; ".join(statuses) or None, compare_only=True)


def goodreads_stand_in(path):
    header = ("Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,My Rating,Average Rating,Publisher,"
              "Binding,Number of Pages,Year Published,Original Publication Year,Date Read,Date Added,Bookshelves,"
              "Bookshelves with positions,Exclusive Shelf,My Review,Spoiler,Private Notes,Read Count,Owned Copies")
    def row(book_id, title, author, additional, isbn13):
        return (f'{book_id},{title},{author},,{additional},="",="{isbn13}",0,4.00,,Paperback,100,2001,2001,,'
                f"2024/01/01,,,read,,,,1,0")
    with open(path, "w") as f:
        f.write("\n".join([header,
                           row(1, "Imported One", "Imported Writer A", "Imported Writer B", "9780131103627"),
                           row(2, "Imported Two", "Imported Writer A", "", ""),
                           row(3, "Imported Three", "Imported Writer B", "", "9780306406158")]) + "\n")


def start_service(work, port, log_path):
    log = open(log_path, "w")
    env = dict(os.environ, BOOKSHELF_PORT=str(port), BOOKSHELF_LOG_LEVEL="WARN")
    process = subprocess.Popen(["java", "-Xmx512m", "-jar", "bootstrap/target/bookshelf.jar"], cwd=work, env=env,
                               stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 180
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the service did not start; see {log_path}:\n" + open(log_path).read()[-2000:])
        if subprocess.run(["curl", "-sf", "-o", "/dev/null", f"http://127.0.0.1:{port}/health"]).returncode == 0:
            return process
        time.sleep(0.5)
    process.terminate()
    raise SystemExit(f"the service did not answer /health within 180 s; see {log_path}")


def stop_service(process):
    if process and process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def scratch(base, name):
    work = os.path.join(base, name)
    os.makedirs(work)
    os.symlink(os.path.join(ROOT, "bootstrap"), os.path.join(work, "bootstrap"))
    goodreads_stand_in(os.path.join(work, "goodreads_library_export.csv"))
    return work


def main():
    for name in [n for n in os.environ if n.startswith("BOOKSHELF_")]:
        del os.environ[name]   # the README's examples assume the defaults, for the service and the commands alike
    readme = sections(open(README).read())
    needed = ("Security", "The API, walked through", "Searching", "Metrics and health", "Many books at once")
    missing = [s for s in needed if s not in readme]
    if missing:
        raise SystemExit(f"README.md has no section {', '.join(missing)}")
    base = tempfile.mkdtemp(prefix="bookshelf-readme-")
    work = scratch(base, "walk")
    port = free_port()
    log_path = os.path.join(base, "bookshelf.log")
    service = None
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        service = start_service(work, port, log_path)
        shell = Shell(work, port)

        # Security: the start-up line, then the token commands.
        security = indented_blocks(readme["Security"])
        shown = [b for b in security if b[0].startswith("Bookshelf is listening on")]
        first_line = open(log_path).read().split("\n")[0]
        report("Security #1: the first start's start-up line", shown[0] if shown else ["(no start-up line)"],
               normalize(first_line, port, work))
        number = 1
        for block in security:
            if not all(line.startswith("java -jar ") and " token " in line for line in block):
                continue
            number += 1
            expected, actual, problem = [], [], None
            for line in block:
                command, _, comment = line.partition("#")
                rc, out = shell.run(command.strip(), merge=False)
                if rc != 0 and problem is None:
                    problem = f"`{command.strip()}` exited {rc}: {out.strip()[-300:]}"
                if " token add " in command:       # "prints the token alone on stdout, once"
                    expected.append("<token>")
                    actual += normalize(out, port)
                elif " token list" in command:     # "names and roles, never tokens"
                    if "bks_" in out and problem is None:
                        problem = "`token list` printed a token"
                    for name in ("admin", "ci-bot"):
                        if name not in out and problem is None:
                            problem = f"`token list` does not name {name}: {out.strip()[:200]}"
                else:                              # the README shows no output
                    actual += normalize(out, port)
            report(label("Security", number, block[0]), expected, actual, problem)

        for number, block in enumerate(console_blocks(readme["The API, walked through"]), 1):
            run_console_block(shell, "Walk-through", number, block, port)
        for number, block in enumerate(console_blocks(readme["Searching"]), 1):
            run_console_block(shell, "Searching", number, block, port)

        # Metrics and health: the scraper's token, into a scratch file instead of /etc/prometheus.
        number = 0
        for block in indented_blocks(readme["Metrics and health"]):
            for line in block:
                if " token add " not in line:
                    continue
                number += 1
                command = line.replace("/etc/prometheus/bookshelf-token", "prometheus-token")
                rc, out = shell.run(command, merge=False)
                problem = None if rc == 0 else f"exited {rc}: {out.strip()[-300:]}"
                actual = normalize(out, port)
                # "to any valid token, whatever its role ... without one it is a 401"; `text/plain; version=0.0.4`
                for needs in ("no token", "the reader token"):
                    auth = "" if needs == "no token" else '-H "Authorization: Bearer $(cat prometheus-token)" '
                    # "a running service sees an added or revoked token within a few seconds"
                    deadline = time.time() + 10
                    while True:
                        _, got = shell.run(f"curl -s -o /dev/null -w '%{{http_code}} %{{content_type}}' {auth}"
                                           "localhost:8080/metrics")
                        if needs == "no token" or not got.startswith("401") or time.time() > deadline:
                            break
                        time.sleep(0.5)
                    status, _, content_type = got.partition(" ")
                    shown = "; ".join(p.strip() for p in content_type.split(";")[:2]) if status == "200" else ""
                    actual.append(f"GET /metrics with {needs}: {status} {shown}".rstrip())
                report(label("Metrics", number, line), [
                    "GET /metrics with no token: 401",
                    "GET /metrics with the reader token: 200 text/plain; version=0.0.4"], actual, problem)
        for path in ("/health/live", "/health/ready"):
            number += 1
            _, got = shell.run(f"curl -s -w ' %{{http_code}}\\n' localhost:8080{path}")
            report(f"Metrics #{number}: GET {path} (its table)", ['{"status":"UP"} 200'], normalize(got, port))

        # Many books at once: over HTTP on this service, then the command line on a fresh data directory.
        blocks = console_blocks(readme["Many books at once"])
        offline = [b for b in blocks if b[0][0].startswith("java ")]
        for number, block in enumerate(blocks, 1):
            if block not in offline:
                run_console_block(shell, "Many books", number, block, port)
        stop_service(service)
        service = None
        for block in offline:
            cli = scratch(base, "cli")
            run_console_block(Shell(cli, port), "Many books", blocks.index(block) + 1, block, port)
    finally:
        stop_service(service)
        if os.environ.get("KEEP") == "1":
            print(f"(kept {base})")
        else:
            shutil.rmtree(base, ignore_errors=True)

    print(f"walkthrough: {sum(results)} of {len(results)} blocks match")
    return 0 if all(results) else 1


sys.exit(main())
PY
