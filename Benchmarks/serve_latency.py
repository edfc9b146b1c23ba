#!/usr/bin/env python3
"""Time from writing an article to the live-reload event of `gazette serve`.

    python3 Benchmarks/serve_latency.py BINARY SITE_DIR ARTICLE_RELATIVE_PATH [EDITS]

Starts the server on a free port, listens on /_gazette/live like a page does, appends a sentence
to the article EDITS times (default 5), and prints the milliseconds from each write to the event
that names the article's URL, then the median. The article is restored afterwards.
"""
import http.client
import re
import statistics
import subprocess
import sys
import threading
import time

binary, site, relative = sys.argv[1], sys.argv[2], sys.argv[3]
edits = int(sys.argv[4]) if len(sys.argv) > 4 else 5
path = f"{site}/Content/{relative}"
original = open(path, encoding="utf-8").read()
server = subprocess.Popen([binary, "serve", "--site", site, "--port", "0", "--no-open"],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
try:
    port = None
    while port is None:
        line = server.stdout.readline()
        if not line:
            raise SystemExit("server ended: " + line)
        print("server:", line.rstrip())
        found = re.search(r"Serving http://127\.0\.0\.1:(\d+)/", line)
        port = int(found.group(1)) if found else None
    threading.Thread(target=lambda: [print("server:", l.rstrip()) for l in server.stdout], daemon=True).start()
    connection = http.client.HTTPConnection("127.0.0.1", port)
    connection.request("GET", "/_gazette/live")
    response = connection.getresponse()
    events = []

    def listen():
        event = None
        for raw in response:
            line = raw.decode("utf-8").rstrip("\n")
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: ") and event in ("reload", "css", "errors"):
                events.append((time.monotonic(), event, line[6:]))

    threading.Thread(target=listen, daemon=True).start()
    time.sleep(0.5)
    latencies = []
    for number in range(edits):
        seen = len(events)
        start = time.monotonic()
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(original + f"\n\n测试编辑第{number}次，计时用的句子。\n")
        while len(events) == seen and time.monotonic() - start < 10:
            time.sleep(0.001)
        if len(events) > seen:
            latencies.append((events[seen][0] - start) * 1000)
            print(f"edit {number + 1}: {latencies[-1]:.0f} ms ({events[seen][1]}: {events[seen][2][:120]})")
        time.sleep(0.3)
    if latencies:
        print(f"median write→event: {statistics.median(latencies):.0f} ms over {len(latencies)} edits")
finally:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(original)
    server.terminate()
    server.wait(timeout=10)
