#!/usr/bin/env python3
"""Checks a site written by `smartcity export --format site` as a reader's browser would.

    python3 Scripts/check-site.py SITE_DIR [--chromium chromium]

- every internal link and anchor of every page resolves to a file (and an id) of the site, and
  nothing is loaded from elsewhere;
- in headless Chromium (after the pages' scripts ran): the front page's map has 514 region
  shapes with the members marked, the search handed over from the front page filters the
  regions table, sorting by a heading reorders it, a sample of pages logs no console error,
  and every page, loaded at a phone's width (390 px), runs its script to the end (no error)
  and does not scroll sideways.
With --hostile (a site built from a store whose every text is an attack, as HostileTextTests
writes it), the checks of the content are left out and every page, the HTML report and the map
are loaded to see that no script of the attacker ran (the attack sets `top.__xss`).
Prints what failed and exits 1 if anything did. Standard library only.
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import urllib.parse

failures = []
# Files beside the site's pages that the harness loads too (with --extra: the HTML report, the map).
EXTRA = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.ids = set()
        self.external = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for name in ("href", "src"):
            value = attrs.get(name)
            if value is None:
                continue
            if re.match(r"^[a-z]+:", value) and not value.startswith(("http://", "https://")):
                continue
            if value.startswith(("http://", "https://")):
                if tag in ("script", "link", "img", "iframe") or name == "src":
                    self.external.append(value)
                continue
            self.links.append(value)


def check_links(site):
    pages = {}
    for folder, _, names in os.walk(site):
        for name in names:
            path = os.path.relpath(os.path.join(folder, name), site)
            if name.endswith(".html"):
                parser = Page()
                parser.feed(open(os.path.join(site, path), encoding="utf-8").read())
                pages[path] = parser
    checked = 0
    for path, page in pages.items():
        for url in page.external:
            fail("%s loads %s from elsewhere" % (path, url))
        for link in page.links:
            target, _, anchor = link.partition("#")
            target = urllib.parse.unquote(target.split("?")[0])
            resolved = os.path.normpath(os.path.join(os.path.dirname(path), target)) if target else path
            if not os.path.exists(os.path.join(site, resolved)):
                fail("%s links to %s, which is not in the site" % (path, link))
            elif anchor and resolved in pages and anchor not in pages[resolved].ids:
                fail("%s links to %s, whose anchor is missing" % (path, link))
            checked += 1
    print("links: %d pages, %d links checked" % (len(pages), checked))
    return sorted(pages)


def chromium(binary, url, width=1280, extra=()):
    budget = [] if any(e.startswith("--virtual-time-budget") for e in extra) else ["--virtual-time-budget=3000"]
    command = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
               "--window-size=%d,900" % width, "--enable-logging=stderr", "--v=0", *budget,
               *extra, "--dump-dom", url]
    result = subprocess.run(command, capture_output=True, text=True, timeout=900)
    console = [line for line in result.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    return result.stdout, console


def check_browser(site, pages, binary, hostile=False):
    url = lambda path, suffix="": "file://" + os.path.abspath(os.path.join(site, path)) + suffix
    if hostile:
        check_malformed_search(site, binary)
        check_every_page(site, pages, binary, hostile=True)
        return
    dom, console = chromium(binary, url("en/index.html"))
    shapes = len(re.findall(r"<path data-code=", dom))
    members = len(re.findall(r'<path data-code="[0-9.]+" class="m"', dom))
    print("front page: %d region shapes, %d members marked" % (shapes, members))
    if shapes != 514:
        fail("the front page's map has %d region shapes, not 514" % shapes)
    if members == 0:
        fail("the front page's map marks no member")
    # The search box hands its words to the regions page, whose script filters the table.
    dom, _ = chromium(binary, url("en/regions.html", "?q=bekasi"))
    visible = [row for row in re.findall(r"<tr(?: [^>]*)?>.*?</tr>", dom, re.S) if "hidden" not in row.split(">")[0] and "<td>" in row]
    print("search 'bekasi': %d rows shown" % len(visible))
    if len(visible) != 2 or not all("Bekasi" in row for row in visible):
        fail("searching 'bekasi' shows %d rows, not Kabupaten and Kota Bekasi" % len(visible))
    check_malformed_search(site, binary)
    # Sorting: a link to the table sorted by its second column, descending, runs the page's sort.
    dom, _ = chromium(binary, url("en/regions.html", "#sort=2-"))
    names = re.findall(r'<td><a href="regions/[0-9.]+\.html">([^<]+)</a>', dom)
    print("sorted by region, descending: first %s" % (names[:1],))
    if len(names) != 514 or names != sorted(names, key=str.lower, reverse=True):
        fail("sorting the regions table by name does not order its 514 rows")
    check_every_page(site, pages, binary)


def check_malformed_search(site, binary):
    """A malformed search in the address (a broken percent escape) is taken as typed: the
    page's search still runs."""
    url = "file://" + os.path.abspath(os.path.join(site, "en/regions.html")) + "#q=%E0%A4%A"
    dom, _ = chromium(binary, url)
    shown = [row for row in re.findall(r"<tr(?: [^>]*)?>.*?</tr>", dom, re.S) if "hidden" not in row.split(">")[0] and "<td>" in row]
    if len(shown) == 514:
        fail("a malformed #q= stops the regions page's search (every row still shown)")
    else:
        print("malformed search: taken as typed, %d rows shown" % len(shown))


def check_every_page(site, pages, binary, hostile=False):
    # Every page, in one browser: a harness page loads each into a 390 px frame; the page's
    # script, run to its end, says whether the page scrolls sideways (`#check`). A page whose
    # script failed (a console error) says nothing.
    harness = os.path.join(site, "_check-every-page.html")
    listed = [p for p in pages if p != "index.html"] + list(EXTRA)
    with open(harness, "w", encoding="utf-8") as f:
        f.write("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>check</title></head><body>
<iframe id="f" style="width:390px;height:800px;border:0"></iframe><pre id="out"></pre><script>
var pages = %s, i = 0, out = [], frame = document.getElementById('f');
frame.onload = function () {
  var d = frame.contentDocument && frame.contentDocument.documentElement;
  out.push(pages[i] + ' ' + (d ? d.getAttribute('data-overflow') : 'unreadable'));
  i += 1;
  if (i < pages.length) { frame.src = pages[i] + '#check'; } else { document.getElementById('out').textContent = out.join('\\n') + (window.__xss ? '\\nXSS' : '') + '\\nDONE'; }
};
frame.src = pages[0] + '#check';
</script></body></html>""" % json.dumps(listed))
    try:
        dom, console = chromium(binary, "file://" + os.path.abspath(harness), width=1280,
                                extra=("--virtual-time-budget=900000",))
    finally:
        os.remove(harness)
    for line in console:
        if "rror" in line or "Uncaught" in line:
            fail("console: " + line.strip()[:200])
    report = re.search(r'<pre id="out">(.*?)</pre>', dom, re.S)
    lines = report.group(1).split("\n") if report else []
    if not lines or lines[-1] != "DONE":
        fail("the browser did not load every page (%d of %d)" % (max(len(lines) - 1, 0), len(listed)))
    if "XSS" in lines:
        fail("a script of the attacker ran in one of the pages")
        lines.remove("XSS")
    for line in lines[:-1]:
        path, _, state = line.rpartition(" ")
        if path in EXTRA:
            continue
        if state == "true":
            if not hostile:
                fail("%s scrolls sideways at 390 px" % path)
        elif state != "false":
            fail("%s: its script did not run to its end (%s)" % (path, state))
    print("browser: %d pages loaded at 390 px" % (len(lines) - 1))


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: check-site.py SITE_DIR [--chromium BINARY] [--hostile] [--extra FILE ...]")
    site = sys.argv[1]
    binary = sys.argv[sys.argv.index("--chromium") + 1] if "--chromium" in sys.argv else "chromium"
    hostile = "--hostile" in sys.argv
    for index, argument in enumerate(sys.argv):
        if argument == "--extra":
            EXTRA.append(os.path.relpath(os.path.abspath(sys.argv[index + 1]), site))
    pages = check_links(site)
    check_browser(site, pages, binary, hostile=hostile)
    print("%d failed" % len(failures))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
