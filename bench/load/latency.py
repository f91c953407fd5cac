#!/usr/bin/env python3
"""Latency of GET /api/search, one request after the other on one keep-alive connection.

Sends N requests (default 1,000) cycling through the query mix of queries.lua (the same mix as the wrk
load test) and prints the median, 90th and 99th percentile and the maximum in milliseconds, measured at
the client. Loopback only.

    ./smartcity-search serve --rate-limit 0      # one client: the per-client rate limit would answer 429
    python3 bench/load/latency.py 127.0.0.1:4567 [N]
"""
import http.client
import pathlib
import re
import statistics
import sys
import time
import urllib.parse


def query_mix():
    lua = (pathlib.Path(__file__).parent / "queries.lua").read_text(encoding="utf-8")
    mix = []
    for entry in re.findall(r"\{\s*q\s*=\s*\"([^\"]*)\"(?:\s*,\s*city\s*=\s*\"([^\"]*)\")?\s*\}", lua):
        params = {"q": entry[0]}
        if entry[1]:
            params["city"] = entry[1]
        mix.append("/api/search?" + urllib.parse.urlencode(params))
    if not mix:
        sys.exit("no queries found in queries.lua")
    return mix


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    host, _, port = sys.argv[1].partition(":")
    if host not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("refusing to load %s: loopback addresses only" % host)
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    paths = query_mix()
    conn = http.client.HTTPConnection(host, int(port or 4567), timeout=10)
    for path in paths:  # warm-up: every query once
        conn.request("GET", path)
        conn.getresponse().read()
    times, errors = [], 0
    for i in range(count):
        start = time.perf_counter()
        conn.request("GET", paths[i % len(paths)])
        response = conn.getresponse()
        response.read()
        times.append((time.perf_counter() - start) * 1000)
        if response.status != 200:
            errors += 1
    times.sort()
    pct = lambda p: times[min(len(times) - 1, int(round(p / 100 * len(times))) - 1)]
    print("requests %d, errors %d, queries in the mix %d" % (count, errors, len(paths)))
    print("latency ms: median %.2f, p90 %.2f, p99 %.2f, max %.2f, mean %.2f"
          % (statistics.median(times), pct(90), pct(99), times[-1], statistics.fmean(times)))


if __name__ == "__main__":
    main()
