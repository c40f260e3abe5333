#!/usr/bin/env python3
"""Export a monthly report to PDF and optionally e-mail it."""
import os
import subprocess
import sys
import tempfile
from datetime import date


def usage():
    print("usage: export-report <month> <output.pdf> [recipient]", file=sys.stderr)
    sys.exit(2)


def render_html(month):
    # ok: sandbox.process
    result = subprocess.run(
        ["reportgen", "--month", month, "--format", "html"],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def main():
    if len(sys.argv) < 3:
        usage()
    month, output = sys.argv[1], sys.argv[2]
    html = render_html(month)
    fd, tmp_html = tempfile.mkstemp(suffix=".html")
    with os.fdopen(fd, "w") as fh:
        fh.write(html)
    # expect: sandbox.process
    os.system(f"wkhtmltopdf --quiet {tmp_html} {output}")
    if len(sys.argv) > 3:
        recipient = sys.argv[3]
        # expect: sandbox.process
        subprocess.call("mail -s 'Monthly report' -A " + output + " " + recipient, shell=True)
    summary_path = output + ".summary.txt"
    # expect: sandbox.fs
    with open(summary_path, "w") as fh:
        fh.write(f"report for {month} generated {date.today()}\n")
    # ok: sandbox.process
    os.system("sync")
    os.unlink(tmp_html)


if __name__ == "__main__":
    main()
