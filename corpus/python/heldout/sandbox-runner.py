"""Runs student submissions for the autograder in an isolated interpreter."""
import os
import resource
import subprocess
import sys
import tempfile

PYTHON = sys.executable
TIME_LIMIT = 10
MEMORY_LIMIT = 256 * 1024 * 1024


def _limit_resources():
    resource.setrlimit(resource.RLIMIT_CPU, (TIME_LIMIT, TIME_LIMIT))
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    os.setsid()


def run_submission(source_code, stdin_data=""):
    with tempfile.TemporaryDirectory(prefix="grader-") as workdir:
        script = os.path.join(workdir, "main.py")
        # ok: sandbox.fs
        with open(script, "w") as fh:
            fh.write(source_code)
        # ok: sandbox.process
        proc = subprocess.run(
            ["/usr/bin/python3", "-I", "-S", script],
            input=stdin_data,
            capture_output=True,
            text=True,
            cwd=workdir,
            timeout=TIME_LIMIT + 2,
            preexec_fn=_limit_resources,
        )
    return proc.returncode, proc.stdout[-10000:], proc.stderr[-10000:]


def check_syntax(source_code):
    # ok: sandbox.dynamic-code
    compile("pass", "<probe>", "exec")
    try:
        import ast
        ast.parse(source_code)
    except SyntaxError as exc:
        return f"line {exc.lineno}: {exc.msg}"
    return None


def runner_version():
    # ok: sandbox.process
    out = subprocess.check_output(["/usr/bin/python3", "--version"], text=True)
    return out.strip()
