"""The HTML report printed as a person would: Chromium's print-to-PDF on
A4, turned into PNG pages by pdftoppm. Checks the page size, that every
page shows something, and that no heading stands alone at the end of a
page (its list or table starts the next one).

usage: python3 print_check.py PAGE.html PDF PNG_PREFIX"""
import html
import re
import subprocess
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from nonblank import pixels  # noqa: E402


def main(page, pdf, prefix):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    w, h = float(size.group(1)), float(size.group(2))
    assert abs(w - 595.3) < 2 and abs(h - 841.9) < 2, f"{pdf}: not A4 but {w} x {h} pt"
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    source = open(page, encoding="utf-8").read()
    headings = {
        html.unescape(re.sub(r"<[^>]+>", "", m)).strip()
        for m in re.findall(r"<h[23][^>]*>(.*?)</h[23]>", source, re.S)
    }
    for n in range(1, pages + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), "-layout", pdf, "-"],
            capture_output=True, text=True, check=True,
        ).stdout
        lines = [l.strip() for l in text.splitlines() if l.strip()]
        assert lines, f"{pdf}: page {n} is empty"
        if n < pages:
            assert lines[-1] not in headings, f"{pdf}: page {n} ends with the heading {lines[-1]!r}"
    subprocess.run(["pdftoppm", "-png", "-r", "60", pdf, prefix], check=True)
    for n in range(1, pages + 1):
        name = f"{prefix}-{n}.png" if pages < 10 else f"{prefix}-{n:02d}.png"
        px = pixels(name)
        counts = {}
        for p in px:
            counts[p] = counts.get(p, 0) + 1
        assert max(counts.values()) < 0.999 * len(px), f"{name}: blank"
    print(f"ok: {pdf}: {pages} A4 page(s), no heading alone at a page end")


if __name__ == "__main__":
    main(*sys.argv[1:])
