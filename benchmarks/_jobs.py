"""Run one benchmark job in a fresh Python process and read the JSON it prints last.

A fresh process per job keeps each job's peak memory (``ru_maxrss``) its own.
"""

from __future__ import annotations

import json
import subprocess
import sys


def run(script: str, job: str, n: object) -> dict:
    done = subprocess.run([sys.executable, "-c", script, job, str(n)], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])
