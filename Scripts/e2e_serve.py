#!/usr/bin/env python3
"""End-to-end check of `gazette serve` in a real browser (headless Chromium via Selenium).

    python3 Scripts/e2e_serve.py [GAZETTE_BINARY]

Copies the example site to a temporary folder, serves it on a free loopback port, opens an
article, then edits its Markdown: the browser must show the new text by itself within 2 s; a
broken edit must show the error overlay; fixing it must remove the overlay. Prints one line per
check and 'N passed, N failed'; exit status 1 when any fails.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.chrome.service import Service

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build", "debug", "gazette")
passed = failed = 0


def report(ok, name, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
    print(f"{'ok  ' if ok else 'FAIL'}  {name}" + (f"\n      {detail}" if detail and not ok else ""))


def wait_for(condition, timeout):
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        try:
            if condition():
                return time.monotonic() - start
        except (NoSuchElementException, StaleElementReferenceException):
            # The live reload replaced the page between finding an element and reading it:
            # look again in the new page.
            pass
        time.sleep(0.02)
    return None


site = tempfile.mkdtemp(prefix="gazette-e2e-")
shutil.copytree(os.path.join(root, "Content"), os.path.join(site, "Content"))
article = os.path.join(site, "Content", "2026", "04", "oil-markets.md")
original = open(article, encoding="utf-8").read()
server = subprocess.Popen([binary, "serve", "--site", site, "--port", "0", "--no-open"],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
driver = None
try:
    url = None
    start = time.monotonic()
    while time.monotonic() - start < 60 and url is None:
        line = server.stdout.readline()
        found = re.search(r"Serving (http://\S+)", line)
        url = found.group(1) if found else None
    report(url is not None, "gazette serve starts and prints its URL")
    if url is None:
        raise SystemExit

    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.get(url + "2026/04/oil-markets/")
    report("油价" in driver.title or "油价" in driver.page_source, "the article opens in the browser")
    time.sleep(0.5)  # let the page's event stream connect

    marker = "编辑之后的新句子"
    with open(article, "w", encoding="utf-8") as handle:
        handle.write(original.replace("周一亚洲早盘，国际油价应声跳涨。", "周一亚洲早盘，" + marker + "。", 1))
    seconds = wait_for(lambda: marker in driver.find_element("tag name", "body").text, 2.0)
    report(seconds is not None, f"an edit reaches the browser by itself within 2 s ({seconds and round(seconds * 1000)} ms)")

    with open(article, "w", encoding="utf-8") as handle:
        handle.write(original.replace("title:", "title: [broken", 1))
    overlay = lambda: driver.execute_script("return document.getElementById('gazette-error-overlay') !== null")
    seconds = wait_for(overlay, 2.0)
    text = driver.execute_script(
        "const o = document.getElementById('gazette-error-overlay'); return o ? o.innerText : ''") or ""
    report(seconds is not None and "oil-markets.md:" in text, "a broken edit shows the error overlay with file:line",
           text[:200])
    report(marker in driver.find_element("tag name", "body").text, "the last good page stays behind the overlay")

    with open(article, "w", encoding="utf-8") as handle:
        handle.write(original)
    seconds = wait_for(lambda: not overlay() and marker not in driver.find_element("tag name", "body").text, 2.0)
    report(seconds is not None, "fixing the edit removes the overlay and shows the fixed page")
finally:
    if driver is not None:
        driver.quit()
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
    shutil.rmtree(site, ignore_errors=True)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
