"""Run a benchmark (bench_scale.py unless another of this folder is named first) with a scratch
Virtuoso as its ``--endpoint``: started on 127.0.0.1 with the server tests' harness, credentials
passed in the environment, stopped afterwards.

Run::

    python tests/benchmarks/with_virtuoso.py [bench_scale.py options]
    python tests/benchmarks/with_virtuoso.py bench_versions.py --before DIR [options]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from server.virtuoso import Virtuoso  # noqa: E402


def main() -> int:
    with (
        tempfile.TemporaryDirectory(prefix="coordkg-bench-virtuoso-") as tmp,
        Virtuoso(Path(tmp)) as server,
    ):
        env = {
            **os.environ,
            "COORDKG_STORE_USER": server.user,
            "COORDKG_STORE_PASSWORD": server.password,
            "COORDKG_STORE_UPDATE_URL": server.update_url,
        }
        args = sys.argv[1:]
        script = args.pop(0) if args and args[0].endswith(".py") else "bench_scale.py"
        command = [sys.executable, str(HERE / Path(script).name), *args]
        return subprocess.call([*command, "--endpoint", server.query_url], env=env)


if __name__ == "__main__":
    sys.exit(main())
