#!/usr/bin/env python3
"""Where an onboarding's Autotask calls go, from the sandbox's request log.

Usage: deploy/local/autotask-calls.py [ONBOARDING_ID] [--file e2e/target/e2e/sandbox-requests.json]
Without a file it reads the running sandbox (SANDBOX_URL, default http://127.0.0.1:8090/sandbox/requests).
Prints, per onboarding, every Autotask call in order (method, path, entity and filter fields), marks a read repeated
with an unchanged answer as a poll, and sums them by operation. Only the standard library.
"""
import collections
import json
import os
import re
import sys
import urllib.request


def load(path):
    if path:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    url = os.environ.get("SANDBOX_URL", "http://127.0.0.1:8090") + "/sandbox/requests?api=autotask"
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read().decode())


def operation(request):
    path = re.sub(r"^/autotask/atservicesrest", "", request["path"])
    path = re.sub(r"/\d+", "/{id}", path)
    body = request.get("body") or {}
    fields = ",".join(f.get("field", "?") for f in body.get("filter", []) if isinstance(f, dict)) if isinstance(body, dict) else ""
    return request["method"] + " " + path + (" [" + fields + "]" if fields else "")


def main(argv):
    path = None
    if "--file" in argv:
        path = argv[argv.index("--file") + 1]
        argv = [a for a in argv if a not in ("--file", path)]
    only = argv[0] if argv else None
    requests = [r for r in load(path) if r.get("api") == "autotask"]
    by_onboarding = collections.OrderedDict()
    for r in requests:
        by_onboarding.setdefault(r.get("onboarding") or "none", []).append(r)
    for onboarding, calls in by_onboarding.items():
        if only and onboarding != only:
            continue
        seen, polls, sums = {}, 0, collections.Counter()
        print("%s: %d Autotask calls" % (onboarding, len(calls)))
        for r in calls:
            read = r["method"] == "GET" or r["path"].endswith("/query")
            key = (r["method"], r["path"], json.dumps(r.get("query"), sort_keys=True), json.dumps(r.get("body"), sort_keys=True))
            answer = (r.get("status"), r.get("answer"))
            poll = read and seen.get(key) == answer
            seen[key] = answer
            polls += poll
            if not poll:
                sums[operation(r)] += 1
            print("  %s %-70s %s" % (str(r.get("at", ""))[11:23], operation(r), "poll" if poll else ""))
        print("  counted %d (without %d unchanged re-reads), by operation:" % (len(calls) - polls, polls))
        for op, n in sums.most_common():
            print("    %3d  %s" % (n, op))


if __name__ == "__main__":
    main(sys.argv[1:])
