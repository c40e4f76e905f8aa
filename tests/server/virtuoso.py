"""A real Virtuoso on 127.0.0.1 for the server tests, started and stopped by the tests themselves.

Debian's `virtuoso-opensource` starts no daemon without systemd, and a shared daemon would leak
state between runs, so every instance gets a scratch database folder, free ports and its own
`virtuoso.ini` derived from the packaged template. Only the standard library is used, so the
harness works wherever the package under test does.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType

from coordkg.graph.store.remote import PreemptiveDigestAuthHandler

VIRTUOSO_T = Path("/usr/bin/virtuoso-t")
ISQL = Path("/usr/bin/isql-vt")
TEMPLATE = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
HOST = "127.0.0.1"

# Settings changed from the template, per section. Why each one:
# - database files in the scratch folder, so instances never share state;
# - memory modest for a shared 2-core machine (8 KiB pages: 100 000 buffers ≈ 800 MB at most;
#   measured RSS about 0.9 GB after loading 1M triples). Fewer buffers make a transaction that
#   deletes many triples fall off a cliff: with 40 000 buffers dropping a 200k-triple graph took
#   70 s of CPU instead of 3 s;
# - ResultSetMaxRows raised: the template's 10 000 silently truncates larger results;
# - MaxQueryExecutionTime 120 s: a runaway query fails (HTTP 500, SR171 "Transaction timed
#   out"; no partial results were seen) instead of holding a core of the shared machine;
# - MaxQueryCostEstimationTime 0: no query is refused for its estimated cost, as estimates on a
#   small fresh database mean little.
_SETTINGS: dict[str, dict[str, str]] = {
    "Parameters": {
        "NumberOfBuffers": "100000",
        "MaxDirtyBuffers": "75000",
        "MaxQueryMem": "1G",
        "ThreadsPerQuery": "2",
        "MaxClientConnections": "20",
        "AsyncQueueMaxThreads": "4",
    },
    "HTTPServer": {"MaxClientConnections": "20", "ServerThreads": "20"},
    "SPARQL": {
        "ResultSetMaxRows": "1000000",
        "MaxQueryExecutionTime": "120",
        "MaxQueryCostEstimationTime": "0",
    },
}


def free_port() -> int:
    """A TCP port nobody listens on now: the kernel's pick for port 0."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def port_is_free(port: int) -> bool:
    """Whether `port` can be bound on 127.0.0.1 now (to reuse the ports of a stopped server)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((HOST, port))
        except OSError:
            return False
        return True


def derive_ini(template: str, settings: dict[str, dict[str, str]]) -> str:
    """The template with `settings` applied: keys replaced in place, missing keys appended.

    Line-based rather than `configparser`, because the template repeats keys and carries inline
    `;` comments that configparser would reject or drop.
    """
    pending = {section: dict(values) for section, values in settings.items()}
    out: list[str] = []
    section = ""

    def flush() -> None:
        for key, value in pending.pop(section, {}).items():
            out.append(f"{key} = {value}")

    for line in template.splitlines():
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            flush()
            section = stripped[1:-1]
            out.append(line)
            continue
        key = stripped.split("=", 1)[0].strip() if "=" in stripped else ""
        if key and not stripped.startswith(";") and key in settings.get(section, {}):
            out.append(f"{key} = {settings[section][key]}")
            pending.get(section, {}).pop(key, None)
            continue
        out.append(line)
    flush()
    for missing, values in pending.items():  # sections the template lacks
        out.append(f"[{missing}]")
        out.extend(f"{key} = {value}" for key, value in values.items())
    return "\n".join(out) + "\n"


class VirtuosoError(RuntimeError):
    """The server did not start or stop as asked; the message carries the end of its log."""


class Virtuoso:
    """One Virtuoso server on 127.0.0.1 over a scratch database folder.

    `start()` picks free ports the first time and keeps them for later starts (after `stop()` or
    `kill()`), so URLs stay valid across a restart on the same database. A fresh database has
    the account dba/dba, fine for a loopback test server only.
    """

    user = "dba"
    password = "dba"

    def __init__(
        self,
        folder: Path | str,
        *,
        template: Path = TEMPLATE,
        binary: Path = VIRTUOSO_T,
        isql: Path = ISQL,
        start_timeout: float = 60.0,
        settings: dict[str, dict[str, str]] | None = None,
    ) -> None:
        self.folder = Path(folder).resolve()
        self.template = template
        self.binary = binary
        self.isql = isql
        self.start_timeout = start_timeout
        self.extra_settings = settings or {}
        self.sql_port: int | None = None
        self.http_port: int | None = None
        self.process: subprocess.Popen[bytes] | None = None
        self.ini = self.folder / "virtuoso.ini"
        self.log = self.folder / "virtuoso.out"  # the server's stdout and stderr

    # -- addresses -----------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:PORT` of the HTTP listener (known once started)."""
        if self.http_port is None:
            raise VirtuosoError("not started yet: no HTTP port")
        return f"http://{HOST}:{self.http_port}"

    @property
    def query_url(self) -> str:
        """The anonymous SPARQL endpoint: reads only (updates there fail with SR186)."""
        return f"{self.base_url}/sparql"

    @property
    def update_url(self) -> str:
        """The SPARQL endpoint behind HTTP Digest auth: updates and reads."""
        return f"{self.base_url}/sparql-auth"

    @property
    def gsp_url(self) -> str:
        """The Graph Store Protocol endpoint behind Digest auth (`?graph-uri=` names the graph)."""
        return f"{self.base_url}/sparql-graph-crud-auth"

    def opener(self) -> urllib.request.OpenerDirector:
        """A urllib opener that answers Virtuoso's Digest challenge with dba/dba, up front (see
        `PreemptiveDigestAuthHandler`): it asks once for a missing graph to learn a nonce."""
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, self.base_url, self.user, self.password)
        opener = urllib.request.build_opener(PreemptiveDigestAuthHandler(passwords))
        probe = f"{self.gsp_url}?graph-uri=urn:x-coordkg-test:nonce"
        with contextlib.suppress(urllib.error.HTTPError):  # 404: no such graph, as meant
            opener.open(probe, timeout=30).close()
        return opener

    # -- life cycle ----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether the server process is alive."""
        return self.process is not None and self.process.poll() is None

    def start(self) -> Virtuoso:
        """Start the server on the folder's database (created on first start) and wait until
        its SPARQL endpoint answers; raise `VirtuosoError` with the log's tail if it does not."""
        if self.running:
            return self
        self.folder.mkdir(parents=True, exist_ok=True)
        if not (self.sql_port and self.http_port and self._ports_free()):
            self.sql_port, self.http_port = free_port(), free_port()
            while self.http_port == self.sql_port:
                self.http_port = free_port()
        self.ini.write_text(self._ini_text(), encoding="utf-8")
        with self.log.open("ab") as log:
            log.write(f"\n--- start {time.strftime('%H:%M:%S')} ---\n".encode())
            log.flush()
            self.process = subprocess.Popen(
                [str(self.binary), "+foreground", "+configfile", str(self.ini)],
                cwd=self.folder,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # a Ctrl-C in pytest must not kill it before cleanup
            )
        atexit.register(self._kill_quietly)
        try:
            self._wait_ready()
        except BaseException:
            self._kill_quietly()
            raise
        return self

    def stop(self, timeout: float = 60.0) -> None:
        """Shut down cleanly (checkpoint, then exit) through isql; terminate or kill if that
        does not end the process within `timeout` seconds."""
        process = self.process
        if process is None or process.poll() is not None:
            self._forget()
            return
        with contextlib.suppress(subprocess.TimeoutExpired, OSError):
            subprocess.run(
                [
                    str(self.isql),
                    f"{HOST}:{self.sql_port}",
                    self.user,
                    self.password,
                    "exec=shutdown;",
                ],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=timeout,
                check=False,
            )
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self._forget()

    def kill(self) -> None:
        """SIGKILL the server, as a crash would: no checkpoint, the lock file stays behind."""
        process = self.process
        if process is not None and process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
        self._forget()

    def log_tail(self, lines: int = 40) -> str:
        """The last `lines` lines of the server's output, for error messages."""
        try:
            text = self.log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def __enter__(self) -> Virtuoso:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        return (
            f"Virtuoso({str(self.folder)!r}, http={self.http_port}, sql={self.sql_port}, {state})"
        )

    # -- helpers -------------------------------------------------------------------------------

    def _ports_free(self) -> bool:
        return all(port_is_free(p) for p in (self.sql_port, self.http_port) if p is not None)

    def _ini_text(self) -> str:
        db = self.folder
        settings: dict[str, dict[str, str]] = {
            "Database": {
                "DatabaseFile": str(db / "virtuoso.db"),
                "ErrorLogFile": str(db / "virtuoso.log"),
                "LockFile": str(db / "virtuoso.lck"),
                "TransactionFile": str(db / "virtuoso.trx"),
                "xa_persistent_file": str(db / "virtuoso.pxa"),
            },
            "TempDatabase": {
                "DatabaseFile": str(db / "virtuoso-temp.db"),
                "TransactionFile": str(db / "virtuoso-temp.trx"),
            },
            "Parameters": {
                "ServerPort": f"{HOST}:{self.sql_port}",
                "DirsAllowed": f"., {db}, /usr/share/virtuoso-opensource-7/vad",
            },
            "HTTPServer": {"ServerPort": f"{HOST}:{self.http_port}"},
            "URIQA": {"DefaultHost": f"{HOST}:{self.http_port}"},
        }
        for part in (_SETTINGS, self.extra_settings):
            for section, values in part.items():
                settings.setdefault(section, {}).update(values)
        return derive_ini(self.template.read_text(encoding="utf-8"), settings)

    def _wait_ready(self) -> None:
        url = f"{self.query_url}?query=ASK%7B%7D"
        deadline = time.monotonic() + self.start_timeout
        while True:
            assert self.process is not None
            if self.process.poll() is not None:
                raise VirtuosoError(
                    f"virtuoso-t exited with {self.process.returncode} while starting; "
                    f"log {self.log}:\n{self.log_tail()}"
                )
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                raise VirtuosoError(
                    f"virtuoso-t did not answer {url} within {self.start_timeout:.0f} s; "
                    f"log {self.log}:\n{self.log_tail()}"
                )
            time.sleep(0.2)

    def _forget(self) -> None:
        self.process = None
        atexit.unregister(self._kill_quietly)

    def _kill_quietly(self) -> None:
        """Last resort at interpreter exit, so no server outlives the test run holding ports."""
        process = self.process
        if process is not None and process.poll() is None:
            with contextlib.suppress(OSError):
                process.kill()
                process.wait(10)
