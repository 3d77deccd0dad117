"""Runs many programs in one python3 process, for Knob's generator test (GeneratorTest).

Usage: python3 run-many.py PROGRAMS RESULTS. PROGRAMS holds programs separated by NUL characters;
RESULTS gets, for each, what it printed to stdout followed, when it raised, by the last line of
the traceback that python3 would print for it as a script (sys.__excepthook__, so NameError's
"Did you mean" comes from CPython's own C code), separated by NUL characters as well.
Each program runs in a fresh namespace with the names a script's module has, in their order.
"""
import builtins
import io
import signal
import sys


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout()


def run(source):
    namespace = {"__name__": "__main__", "__doc__": None, "__package__": None, "__loader__": None,
                 "__spec__": None, "__annotations__": {}, "__builtins__": builtins, "__file__": "program.py",
                 "__cached__": None}
    out = io.StringIO()
    saved = sys.stdout
    sys.stdout = out
    tail = ""
    signal.alarm(60)
    try:
        exec(compile(source, "program.py", "exec"), namespace)
    except Timeout:
        tail = "TIMEOUT in python3\n"
    except BaseException as e:
        signal.alarm(0)
        err = io.StringIO()
        saved_err = sys.stderr
        sys.stderr = err
        try:
            sys.__excepthook__(type(e), e, e.__traceback__)
        finally:
            sys.stderr = saved_err
        tail = err.getvalue().rstrip("\n").split("\n")[-1] + "\n"
    finally:
        signal.alarm(0)
        sys.stdout = saved
    return out.getvalue() + tail


def main():
    signal.signal(signal.SIGALRM, on_alarm)
    # this file's module frame, main(), run() and exec() stand below the program's frame (a script
    # has none); near the limit print() to a StringIO still words its RecursionError differently
    sys.setrecursionlimit(1004)
    with open(sys.argv[1], encoding="utf-8", newline="") as f:
        programs = f.read().split("\0")
    results = [run(p) for p in programs]
    with open(sys.argv[2], "w", encoding="utf-8", newline="") as f:
        f.write("\0".join(results))


main()
