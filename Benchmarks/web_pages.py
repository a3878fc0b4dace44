#!/usr/bin/env python3
"""The pages of a running Balans server a logged-in user can GET, one URL per kind of page.

Used by Benchmarks/web.sh: `web_pages.py BASE COOKIE` crawls breadth first from "/" (every
`href="/…"` of every HTML page, as Tests/BalansWebTests/LinkCrawlerTests does), groups the links
by shape (the path with its codes and numbers wildcarded, the query's names, the format) and
prints the first URL of each shape, one a line, then the API's addresses (no page links to
them). PDF links are printed too; web.sh measures them apart. Standard library only.
"""
import re
import sys
import urllib.error
import urllib.request

# Links that change something or leave the site's pages.
SKIP = ("/logout", "/static/")


def shape(uri):
    path, _, query = uri.partition("?")
    parts = ["" if not p else (p if re.fullmatch(r"[a-zåäö-]+", p) else "*") for p in path.split("/")]
    pairs = [q for q in query.split("&") if q]
    names = ",".join(sorted(q.split("=")[0] for q in pairs))
    fmt = next((q for q in pairs if q.startswith("format=")), "")
    return "/".join(parts) + "?" + names + fmt


def links(html):
    for value in re.findall(r'href="([^"]*)"', html):
        value = value.replace("&amp;", "&")
        if value.startswith("/") and not value.startswith("//"):
            yield value


def get(base, cookie, uri):
    request = urllib.request.Request(base + uri, headers={"Cookie": cookie})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as e:
        return e.code, "", b""


def crawl(base, cookie, limit=400):
    """Opens at most `limit` pages; only a link of a new shape is opened."""
    seen, queue, shapes, out = {"/"}, ["/"], set(), []
    while queue and limit > 0:
        limit -= 1
        uri = queue.pop(0)
        if "format=pdf" in uri:
            continue
        status, kind, body = get(base, cookie, uri)
        if status != 200 or not kind.startswith("text/html"):
            continue
        for link in links(body.decode("utf-8", "replace")):
            if link in seen or link.startswith(SKIP):
                continue
            seen.add(link)
            s = shape(link)
            if s in shapes:
                continue
            shapes.add(s)
            out.append(link)
            queue.append(link)
    return out


def main():
    base, cookie = sys.argv[1], sys.argv[2]
    pages = crawl(base, cookie)
    period = next((m.group(1) for p in pages for m in [re.search(r"period=(\d{4}-\d{2})", p)] if m), "2024-04")
    committee = next((m.group(1) for p in pages for m in [re.match(r"/namnd/([^/?]+)\?", p)] if m), "HS")
    api = [
        f"/api/ratios?period={period}",
        f"/api/reports/ur1?period={period}",
        f"/api/status?period={period}",
        f"/api/committees/{committee}/forecast?period={period}",
        "/api/published",
        "/api/openapi.json",
    ]
    if "/" not in pages:
        pages.insert(0, "/")
    for uri in pages + api:
        print(uri)


if __name__ == "__main__":
    main()
