"""One ``parse_many`` run in a fresh interpreter, for bench.py's scaling section.

Usage (bench.py runs it)::

    python scaling_run.py INPUTS.json JOBS {articles,json} {new,same}

``INPUTS.json`` is a list of ``{"data", "name", "publication_date"}`` items.
The clock starts before newsparse is imported, so every configuration pays its
own start-up (imports, building the Parser, first-use costs) as a user's run
does: ``--jobs 1`` in this process, ``--jobs 2`` in its workers (and in the
fork server they are forked from). Prints one JSON object: wall seconds, CPU
seconds of this process and of its workers (with the fork server), the
time to the first result, and the wall time of the second half of the results
(steady state: every worker up and warm).

With ``new``, the inputs are passes over the same texts, each named
``PASS/NAME``, and every process that parses (this one with ``--jobs 1``, each
worker with ``--jobs 2``) reads each pass as new text: the plugin
``caches.py`` empties the caches keyed on text before the first dump of a pass
it has not seen, as ``bench.py`` does before each timed pass in its own
process. Without it, a process gains from every text it parsed in an earlier
pass: ``--jobs 1`` from every text, each of two workers only from those it
happened to be sent before.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from multiprocessing import forkserver
from pathlib import Path


def cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def fork_server_cpu() -> float:
    """CPU seconds of the fork server and of the workers it forked and reaped (Linux; else 0).

    Forked workers are the server's children, not this process's, so
    ``RUSAGE_CHILDREN`` here does not count them.
    """
    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)  # (private: a benchmark's need)
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    # fields[0] is field 3 of proc(5): utime, stime, cutime, cstime are fields 14-17
    return sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    path, jobs, back = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    new = sys.argv[4] == "new"
    with open(path, encoding="utf-8") as handle:
        items = json.load(handle)
    half = len(items) // 2
    me, children = cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    from newsparse import parse_many
    from newsparse.cli import json_line

    options: dict[str, object] = {"autoload": False}
    if new:
        import caches  # (beside this script)

        options["plugins"] = [caches]

    transform = json_line if back == "json" else None
    first = middle = None
    for n, result in enumerate(
        parse_many(items, jobs=jobs, parser_options=options, transform=transform)
    ):
        assert result.ok, result.error
        if first is None:
            first = time.perf_counter() - started
        if n == half:
            middle = time.perf_counter() - started
    wall = time.perf_counter() - started
    print(json.dumps({
        "wall": wall,
        "parent": cpu(resource.RUSAGE_SELF) - me,
        "workers": cpu(resource.RUSAGE_CHILDREN) - children + fork_server_cpu(),
        "first": first or 0.0,
        "second_half": wall - (middle or 0.0),
    }))


if __name__ == "__main__":
    main()
