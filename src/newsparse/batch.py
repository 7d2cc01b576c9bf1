"""Parsing many dumps: in this process or on worker processes, results streamed.

:func:`parse_many` takes any iterable of inputs (paths, texts, ``(name, data)``
pairs), consumed lazily, and yields one :class:`BatchResult` per input. With
``jobs > 1`` the inputs are parsed by worker processes, each of which builds
one :class:`~newsparse.Parser` when it starts (plugins load once per worker,
not once per dump). Memory stays bounded whatever the number of inputs: only a
small window of inputs is in flight at any time.

A failure is a result, never the end of the batch: unreadable input, a strict
plugin error, a worker process that died (a plugin crashing the interpreter)
or one that ran over ``timeout`` each cost only the input being parsed.
"""

from __future__ import annotations

import collections
import gc
import importlib
import io
import multiprocessing
import multiprocessing.connection
import os
import pickle
import queue
import signal
import sys
import threading
import time
import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import attrs

from .errors import NewsparseError
from .model import Article, Span
from .parser import DateLike, Parser, default_parser

__all__ = ["BatchResult", "parse_many"]

#: How many chunks a worker may hold: the one it parses and the next.
PREFETCH = 2
#: A worker sends its results back this many at a time (or sooner: when it has
#: nothing left to parse, or after :data:`RESULT_HOLD` seconds). One message per
#: result woke the parent for every small dump, and the parent's wake-ups took
#: the workers' CPU: on two cores, --jobs 2 (JSON lines) went from 1.55x to
#: about 1.7x of --jobs 1 with batches (docs/speed.rst).
RESULT_BATCH = 8
#: The longest a finished result waits in its worker for others to go with it.
RESULT_HOLD = 0.2
#: In order, how many chunks per worker may finish ahead of the oldest input.
REORDER = 8
#: Past this much text held by a worker, it is sent no more until it answers.
BYTES_IN_FLIGHT = 8_000_000
#: Seconds to wait for workers to stop after the last input.
_STOP_WAIT = 5.0
#: How workers start unless ``mp_context`` says otherwise, when forking this
#: process is not safe (see :func:`start_method`): forked from a fork server,
#: a clean single-threaded process, or spawned where there is none (Windows).
START_METHOD = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def start_method() -> str:
    """The start method :func:`newsparse.parse_many` uses for its workers by default.

    ``fork`` on Linux when this process runs a single thread: a worker is a
    copy of this process, so it starts without importing anything (a pool is
    ready in half the time of a fork server's) and it needs no importable main
    module (a notebook, ``python -``). Forking a process that runs other
    threads can deadlock the copy (a lock held by a thread that is not copied),
    and macOS does not support it: there, and wherever threads run (the count
    includes threads started outside Python, which ``threading`` does not
    see), :data:`START_METHOD`.

    Returns:
        ``"fork"`` or :data:`START_METHOD`.
    """
    if sys.platform.startswith("linux") and _threads() == 1:
        return "fork"
    return START_METHOD


def _threads() -> int:
    """Threads of this process as the kernel counts them (Linux); 0 if unknown."""
    try:
        with open("/proc/self/status", "rb") as status:
            for line in status:
                if line.startswith(b"Threads:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


@attrs.frozen(kw_only=True)
class BatchResult:
    """The outcome of parsing one input of a batch.

    Exactly one of ``article`` (or ``value``, with a ``transform``) and
    ``error`` is set.

    Examples:
        >>> result = next(parse_many(["Storm hits coast\\n\\nIt rained.\\n"]))
        >>> result.ok, result.index, result.article.headline.text
        (True, 0, 'Storm hits coast')
    """

    index: int  #: the input's position in the batch (0-based)
    name: str | None  #: the path or given name of the input; ``None`` for bare texts
    article: Article | None = None  #: the parsed article, unless a ``transform`` was given
    value: Any = None  #: what ``transform`` returned for the article
    error: str | None = None  #: why the input failed
    error_type: str | None = None  #: the exception's class name, ``WorkerDied`` or ``Timeout``

    @property
    def ok(self) -> bool:
        """Whether the input was parsed."""
        return self.error is None


# --------------------------------------------------------------------------- inputs


@attrs.frozen
class _Task:
    """One input, ready to be sent to a worker (everything in it pickles)."""

    index: int
    name: str | None
    data: Any
    url: str | None = None
    publication_date: Any = None
    #: its result is sent on its own, and before it starts every result held:
    #: so when the worker dies or stalls the parent knows this is the input it
    #: was on (set with a ``timeout``, and for inputs a dead worker left)
    alone: bool = False


def _size(task: _Task) -> int:
    """The characters or bytes an input holds (a path: nothing yet)."""
    return len(task.data) if isinstance(task.data, (str, bytes)) else 0


def _task(index: int, item: Any, publication_date: DateLike, alone: bool = False) -> _Task | BatchResult:
    """Normalise one input; an input that can never be parsed fails here."""
    name: Any = None
    url = None
    data = item
    if isinstance(item, Mapping):
        data = item.get("data")
        name = item.get("name")
        url = item.get("url")
        publication_date = item.get("publication_date", publication_date)
    elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):
        name, data = item
    if isinstance(data, os.PathLike):
        name = name or os.fspath(data)
    elif isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    elif not isinstance(data, (str, bytes)):
        return BatchResult(
            index=index,
            name=name,
            error=f"cannot parse a {type(data).__name__}: give str, bytes, a path or (name, data)",
            error_type="InputError",
        )
    return _Task(index, name, data, url, publication_date, alone)


def _run_task(parser: Parser, task: _Task, transform: Callable[[Article], Any] | None) -> BatchResult:
    """Parse one input, turning any exception into a failed result."""
    try:
        article = parser.parse(
            task.data, name=task.name, url=task.url, publication_date=task.publication_date
        )
        if transform is not None:
            return BatchResult(index=task.index, name=task.name, value=transform(article))
        return BatchResult(index=task.index, name=task.name, article=article)
    except Exception as error:
        message = str(error) if isinstance(error, NewsparseError) else f"{type(error).__name__}: {error}"
        return BatchResult(
            index=task.index, name=task.name, error=message, error_type=type(error).__name__
        )


# --------------------------------------------------------------------------- parser options


@attrs.frozen
class _ModuleRef:
    """A plugin module, sent to workers by name and imported there."""

    name: str


def _portable(plugin: Any) -> Any:
    if isinstance(plugin, tuple) and len(plugin) == 2:
        return (plugin[0], _portable(plugin[1]))
    if isinstance(plugin, types.ModuleType):
        return _ModuleRef(plugin.__name__)
    return plugin


def _resolved(plugin: Any) -> Any:
    if isinstance(plugin, tuple) and len(plugin) == 2:
        return (plugin[0], _resolved(plugin[1]))
    if isinstance(plugin, _ModuleRef):
        return importlib.import_module(plugin.name)
    return plugin


def portable_options(options: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """Parser options in a form that pickles: plugin modules become their names.

    Args:
        options: keyword arguments for :class:`~newsparse.Parser`, or ``None``
            for the defaults.

    Returns:
        The options, with plugin modules replaced by references that
        :func:`build_parser` imports again in the worker.
    """
    if options is None:
        return None
    options = dict(options)
    if "plugins" in options:
        options["plugins"] = tuple(_portable(p) for p in options["plugins"])
    return options


def build_parser(options: Mapping[str, Any] | None) -> Parser:
    """Build a Parser from :func:`portable_options`' output.

    ``None`` gives the default Parser (installed plugins included), as
    :func:`newsparse.parse` uses.
    """
    if options is None:
        return default_parser()
    options = dict(options)
    if "plugins" in options:
        options["plugins"] = tuple(_resolved(p) for p in options["plugins"])
    return Parser(**options)


# --------------------------------------------------------------------------- worker process


def _worker_main(
    tasks: multiprocessing.connection.Connection,
    results: multiprocessing.connection.Connection,
    options: bytes,
    inherited: tuple[multiprocessing.connection.Connection, ...] = (),
) -> None:
    """A worker process: build one Parser, then parse chunks of tasks until told to stop.

    A reader thread keeps taking chunks off the pipe while the main thread
    parses, so the parent never blocks sending while this process blocks
    sending a large result back. ``inherited``: the parent's ends of the
    pipes, its own and the other workers', which a forked worker closes at
    once (else it would not see the end of its input when the parent dies:
    the end it reads from would still have a writer).
    """
    for conn in inherited:
        conn.close()
    # Ctrl-C goes to the whole process group: the parent decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        parser_options, transform = pickle.loads(options)
        parser = build_parser(parser_options)
    except BaseException as error:
        _send_init_error(results, error)
        return
    inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()

    def read() -> None:
        try:
            while True:
                chunk = tasks.recv()
                inbox.put(chunk)
                if chunk is None:
                    return
        except (EOFError, OSError):  # the parent is gone: stop without finishing
            os._exit(0)

    outbox: list[tuple[str, Any]] = []  # finished, not sent yet
    held_since = 0.0
    batch = 1  # the first result goes at once; then batches grow to RESULT_BATCH

    def flush() -> None:
        nonlocal batch
        results.send(("results", outbox.copy()))
        outbox.clear()
        batch = min(2 * batch, RESULT_BATCH)

    try:
        results.send(("ready", None))
        threading.Thread(target=read, name="newsparse-reader", daemon=True).start()
        queued: collections.deque[_Task] = collections.deque()
        while True:
            if not queued:
                chunk = inbox.get()
                if chunk is None:
                    break
                queued.extend(chunk)
                continue
            task = queued.popleft()
            if task.alone and outbox:
                flush()
            if not outbox:
                held_since = time.monotonic()
            outbox.append(_packed(task, _run_task(parser, task, transform)))
            if (
                task.alone
                or len(outbox) >= batch
                or (not queued and inbox.empty())  # nothing more to wait for
                or time.monotonic() - held_since >= RESULT_HOLD
            ):
                flush()
    except OSError:  # the parent is gone (broken pipe)
        os._exit(0)
    results.close()


def _packed(task: _Task, result: BatchResult) -> tuple[str, Any]:
    """One result as it travels back; one that does not pickle is a failed result."""
    try:
        if result.article is not None:
            # The Article's text goes once; its spans go as offsets into it.
            article = result.article
            return "article", (result.index, result.name, article.text, _dump_article(article))
        return "result", pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError) as error:
        failed = BatchResult(
            index=task.index,
            name=task.name,
            error=f"the result cannot be sent back: {type(error).__name__}: {error}",
            error_type=type(error).__name__,
        )
        return "result", pickle.dumps(failed, protocol=pickle.HIGHEST_PROTOCOL)


class _ArticlePickler(pickle.Pickler):
    """Pickles an Article without repeating its text in every span.

    A span's text is ``article.text[start:end]`` (the parser checks it), so
    only the offsets travel; a span that does not match is pickled whole.
    """

    def __init__(self, file: io.BytesIO, text: str) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.text = text

    def persistent_id(self, obj: Any) -> Any:
        if obj is self.text:
            return 0
        if type(obj) is Span and self.text[obj.start : obj.end] == obj.text:
            return (obj.start, obj.end)
        return None


class _ArticleUnpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, text: str) -> None:
        super().__init__(file)
        self.text = text

    def persistent_load(self, pid: Any) -> Any:
        if pid == 0:
            return self.text
        start, end = pid
        return Span(start, end, self.text[start:end])


def _dump_article(article: Article) -> bytes:
    buffer = io.BytesIO()
    _ArticlePickler(buffer, article.text).dump(article)
    return buffer.getvalue()


def _load_article(text: str, blob: bytes) -> Article:
    return _ArticleUnpickler(io.BytesIO(blob), text).load()  # type: ignore[no-any-return]


def _send_init_error(results: multiprocessing.connection.Connection, error: BaseException) -> None:
    try:
        blob = pickle.dumps(error)
        pickle.loads(blob)
    except Exception:
        error = RuntimeError(f"{type(error).__name__}: {error}")
    try:
        results.send(("init-error", error))
    except (OSError, EOFError):  # pragma: no cover - the parent is gone
        pass


class _Worker:
    """The parent's handle on one worker process."""

    def __init__(self, context: Any, options: bytes, others: list[_Worker]) -> None:
        task_recv, self.tasks = context.Pipe(duplex=False)
        self.results, result_send = context.Pipe(duplex=False)
        forked = context.get_start_method() == "fork"
        self.process = context.Process(
            target=_worker_main,
            # (a forked worker has copies of every open file: it closes this process's ends
            # of its own pipes and of the other workers')
            args=(task_recv, result_send, options,
                  (self.tasks, self.results, *(c for w in others for c in (w.tasks, w.results)))
                  if forked else ()),
            name="newsparse-worker",
            daemon=True,
        )
        if forked and not gc.get_freeze_count():
            # The copy's garbage collector would touch every object this process
            # holds, copying their memory pages: frozen, it leaves them alone.
            # (Not when the program froze objects itself: unfreezing would undo it.)
            gc.freeze()
            try:
                self.process.start()
            finally:
                gc.unfreeze()
        else:
            self.process.start()
        task_recv.close()
        result_send.close()
        self.ready = False
        self.pending: collections.deque[_Task] = collections.deque()
        self.since = time.monotonic()  # when the task at the head of pending started

    def send(self, chunk: list[_Task]) -> None:
        if not self.pending:
            self.since = time.monotonic()
        self.pending.extend(chunk)
        try:
            self.tasks.send(chunk)
        except (BrokenPipeError, ConnectionResetError):
            # the worker is gone (it could not build its Parser, or it died): what its results
            # pipe says next, or its death, is reported for the tasks it holds
            pass

    def room(self, limit: int) -> int:
        """How many more inputs it may hold: ``limit`` inputs, and a few megabytes of text."""
        if not self.pending:
            return limit
        held = sum(_size(task) for task in self.pending)
        return limit - len(self.pending) if held < BYTES_IN_FLIGHT else 0

    def stop(self, *, wait: bool) -> None:
        """Ask the worker to stop; kill it unless it stops in time (or at once)."""
        if wait:
            try:
                self.tasks.send(None)
            except (OSError, ValueError):
                pass
            self.process.join(_STOP_WAIT)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        for conn in (self.tasks, self.results):
            conn.close()


class _Pool:
    """Worker processes with their own queues, so a crash is blamed on one input."""

    def __init__(self, jobs: int, options: bytes, context: Any, timeout: float | None) -> None:
        self.options = options
        self.context = context
        self.timeout = timeout
        self.workers: list[_Worker] = []
        for _ in range(jobs):
            self.workers.append(_Worker(context, options, self.workers))
        #: Tasks of a lost worker that it had not started: sent again first.
        self.requeue: collections.deque[_Task] = collections.deque()

    def replace(self, worker: _Worker) -> None:
        worker.stop(wait=False)
        others = [w for w in self.workers if w is not worker]
        self.workers[self.workers.index(worker)] = _Worker(self.context, self.options, others)

    def close(self, *, wait: bool) -> None:
        for worker in self.workers:
            worker.stop(wait=wait)

    def in_flight(self) -> int:
        return sum(len(w.pending) for w in self.workers)

    def roomiest(self, limit: int) -> tuple[_Worker, int]:
        """The worker with the most room for inputs, and its room."""
        rooms = [(worker.room(limit), worker) for worker in self.workers]
        room, worker = max(rooms, key=lambda pair: pair[0])
        return worker, room

    def collect(self) -> Iterator[BatchResult]:
        """Wait for something to happen; yield the results it brought."""
        waits: dict[Any, _Worker] = {}
        for worker in self.workers:
            waits[worker.results] = worker
            waits[worker.process.sentinel] = worker
        ready = multiprocessing.connection.wait(list(waits), self._wait_time())
        dead: list[_Worker] = []
        for handle in ready:
            worker = waits[handle]
            if handle is worker.results:
                try:
                    yield from self._receive(worker)
                except (EOFError, OSError):
                    if worker not in dead:
                        dead.append(worker)
            elif worker not in dead:
                dead.append(worker)
        for worker in dead:
            yield from self._died(worker)
        if self.timeout is not None:
            now = time.monotonic()
            for worker in list(self.workers):
                if worker.pending and worker.ready and now - worker.since > self.timeout:
                    try:  # take what it finished in time first
                        yield from self._receive(worker)
                    except (EOFError, OSError):
                        pass
                    if worker.pending and time.monotonic() - worker.since > self.timeout:
                        yield from self._lost(
                            worker, f"timed out after {self.timeout:g} s", "Timeout"
                        )

    def _wait_time(self) -> float | None:
        if self.timeout is None:
            return None
        busy = [w.since for w in self.workers if w.pending and w.ready]
        if not busy:
            return None
        return max(0.0, min(busy) + self.timeout - time.monotonic()) + 0.01

    def _receive(self, worker: _Worker) -> Iterator[BatchResult]:
        while worker.results.poll():
            kind, payload = worker.results.recv()
            if kind == "ready":
                worker.ready = True
                worker.since = time.monotonic()
            elif kind == "init-error":
                raise payload
            else:
                for kind, packed in payload:
                    if kind == "article":
                        index, name, text, blob = packed
                        result = BatchResult(index=index, name=name, article=_load_article(text, blob))
                    else:
                        result = pickle.loads(packed)
                    task = worker.pending.popleft()
                    assert task.index == result.index, "worker answered out of order"
                    yield result
                worker.since = time.monotonic()

    def _died(self, worker: _Worker) -> Iterator[BatchResult]:
        # Take what it sent before it died, then blame the task it was on.
        try:
            yield from self._receive(worker)
        except (EOFError, OSError):
            pass
        worker.process.join(1.0)
        if worker.process.is_alive():  # only its pipe broke
            worker.process.kill()
            worker.process.join()
        if not worker.ready:
            raise NewsparseError(
                f"a worker process exited while starting (exit code {worker.process.exitcode}); its "
                "error is on standard error. Workers import the main module: it must be a file, "
                "with its call to parse_many under `if __name__ == \"__main__\":`"
            )
        code = worker.process.exitcode
        reason = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        yield from self._lost(worker, f"the worker process died ({reason}) while parsing it", "WorkerDied")

    def _lost(self, worker: _Worker, message: str, kind: str) -> Iterator[BatchResult]:
        """Fail the worker's current task, hand the rest back, start a new worker.

        The current task is the oldest unanswered one only when it was sent
        ``alone`` (the worker sent every result it held before starting it).
        Otherwise any of them may be the one: all go back, each ``alone``, and
        the one that fails again is blamed then.
        """
        pending = list(worker.pending)
        worker.pending.clear()
        self.replace(worker)
        if not pending:
            return
        head = pending[0]
        if head.alone:
            self.requeue.extendleft(reversed(pending[1:]))
            yield BatchResult(index=head.index, name=head.name, error=message, error_type=kind)
        else:
            self.requeue.extendleft(reversed([attrs.evolve(task, alone=True) for task in pending]))


# --------------------------------------------------------------------------- API


def parse_many(
    items: Iterable[Any],
    *,
    jobs: int = 1,
    ordered: bool = True,
    parser_options: Mapping[str, Any] | None = None,
    publication_date: DateLike = None,
    transform: Callable[[Article], Any] | None = None,
    chunksize: int = 1,
    timeout: float | None = None,
    mp_context: str | None = None,
) -> Iterator[BatchResult]:
    """Parse many dumps, on ``jobs`` worker processes, streaming the results.

    Inputs are taken from ``items`` as they are needed, so it may be a
    generator over millions of files: only a window of a few chunks per worker
    is in flight at any time. Workers are forked from this process on Linux
    when it runs no other thread, else from a fork server (``forkserver``,
    where the platform has it) or spawned (:func:`newsparse.batch.start_method`); the last
    two import the main module: a script calling this with ``jobs > 1``
    needs the usual ``if __name__ == "__main__":`` guard to run everywhere.

    Args:
        items: the inputs: paths (:class:`os.PathLike`), texts (``str`` or
            ``bytes``), ``(name, data)`` pairs, or mappings with ``data`` and
            optional ``name``, ``url`` and ``publication_date`` keys.
        jobs: worker processes; ``1`` parses in this process without a pool,
            ``0`` or less uses every available core.
        ordered: yield results in input order; otherwise as they complete.
        parser_options: keyword arguments for :class:`~newsparse.Parser` (each
            worker builds one); ``None`` uses the default Parser that
            :func:`newsparse.parse` uses. Plugin modules are re-imported by name
            in the workers; plugin objects must pickle.
        publication_date: the date to resolve relative dates against, for every
            input (a mapping input may give its own).
        transform: a function applied to each Article where it was parsed (in
            the worker); its result is in :attr:`BatchResult.value` and the
            Article is not sent back. Must pickle (a module-level function).
        chunksize: the fewest inputs sent to a worker at a time. Inputs go
            to a worker, and results come back, several to a message anyway
            (up to eight; a result waits at most a fifth of a second for
            others), so more than 1 rarely pays.
        timeout: seconds one input may take in a worker before the worker is
            killed and the input reported as failed (``jobs > 1`` only).
        mp_context: the ``multiprocessing`` start method for the workers;
            ``None``: :func:`newsparse.batch.start_method`'s choice.

    Yields:
        One :class:`BatchResult` per input.

    Raises:
        NewsparseError: a worker process could not start.
        Exception: what the Parser raises when it cannot be built (a
            :class:`~newsparse.PluginError`, ``TypeError`` for an unknown
            option), in this process or handed back by a worker; with
            ``jobs > 1``, ``pickle.PicklingError`` for a plugin object or
            ``transform`` that does not pickle.

    Examples:
        >>> texts = ["Rain ends drought\\n\\nIt rained on Monday.\\n", b"\\x00binary"]
        >>> [(r.index, r.ok) for r in parse_many(texts)]
        [(0, True), (1, False)]
    """
    if jobs <= 0:
        jobs = _available_cores()
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    if jobs == 1:
        return _parse_here(items, parser_options, publication_date, transform)
    options = pickle.dumps((portable_options(parser_options), transform))
    return _parse_in_pool(
        items, jobs, options, publication_date, ordered, chunksize, timeout, mp_context
    )


def _available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _parse_here(
    items: Iterable[Any],
    parser_options: Mapping[str, Any] | None,
    publication_date: DateLike,
    transform: Callable[[Article], Any] | None,
) -> Iterator[BatchResult]:
    parser = build_parser(parser_options)
    for index, item in enumerate(items):
        task = _task(index, item, publication_date)
        yield task if isinstance(task, BatchResult) else _run_task(parser, task, transform)


def _parse_in_pool(
    items: Iterable[Any],
    jobs: int,
    options: bytes,
    publication_date: DateLike,
    ordered: bool,
    chunksize: int,
    timeout: float | None,
    mp_context: str | None,
) -> Iterator[BatchResult]:
    context = multiprocessing.get_context(mp_context or start_method())
    # Inputs go to a worker, and results come back, several to a message: a
    # worker holds enough for a batch of results and the next batch.
    per_worker = max(chunksize, RESULT_BATCH) * PREFETCH
    # With a time limit each input goes alone: the parent then always knows
    # which input a worker is on.
    alone = timeout is not None
    # In order, results that finished before their turn wait in the window
    # too: room for REORDER chunks per worker keeps the other workers busy
    # while one parses a long input.
    window = jobs * (per_worker + (REORDER * chunksize if ordered else 0))
    inputs = enumerate(items)
    exhausted = False
    done: dict[int, BatchResult] = {}  # finished, waiting for their turn
    next_index = 0  # the next index to yield when ordered
    taken = 0  # inputs taken from items
    pool = _Pool(jobs, options, context, timeout)
    finished = False
    try:
        while True:
            # Yield what can be yielded (first: it makes room in the window).
            if ordered:
                while next_index in done:
                    yield done.pop(next_index)
                    next_index += 1
            else:
                for index in list(done):
                    yield done.pop(index)
                    next_index += 1
            if exhausted and next_index == taken:
                finished = True
                return
            # Fill the workers' queues: inputs handed back first, then new
            # inputs while the window allows.
            while True:
                worker, room = pool.roomiest(per_worker)
                if room < chunksize:
                    break
                chunk: list[_Task] = []
                while pool.requeue and len(chunk) < room:
                    chunk.append(pool.requeue.popleft())
                while (
                    not exhausted
                    and len(chunk) < room
                    and pool.in_flight() + len(chunk) + len(done) < window
                ):
                    try:
                        index, item = next(inputs)
                    except StopIteration:
                        exhausted = True
                        break
                    taken += 1
                    task = _task(index, item, publication_date, alone)
                    if isinstance(task, BatchResult):
                        done[index] = task
                    else:
                        chunk.append(task)
                        if _size(task) > BYTES_IN_FLIGHT // PREFETCH:
                            break  # (a large input: the next may wait)
                if not chunk:
                    break
                worker.send(chunk)
            # Wait for results, unless nothing is out (only inputs that failed
            # before being sent, now ready to yield).
            if pool.in_flight():
                for result in pool.collect():
                    done[result.index] = result
    finally:
        pool.close(wait=finished)
