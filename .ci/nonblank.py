"""Checks a PNG screenshot as a person would: not blank, and showing the
seat chart's colours. Reads the PNG with the standard library only."""
import struct
import sys
import zlib


def pixels(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), f"unsupported PNG (depth {depth}, colour {colour})"
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    prev = bytearray(stride)
    out = []
    i = 0
    for _ in range(height):
        f = raw[i]
        line = bytearray(raw[i + 1 : i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pred) & 255
        out.extend(tuple(line[x : x + 3]) for x in range(0, stride, bpp))
        prev = line
    return out


def main(path):
    px = pixels(path)
    counts = {}
    for p in px:
        counts[p] = counts.get(p, 0) + 1
    most = max(counts.values())
    assert most < 0.995 * len(px), f"{path}: blank ({most} of {len(px)} pixels alike)"
    blue = counts.get((0x00, 0x72, 0xB2), 0)
    assert blue > 100, f"{path}: the seat chart's first colour is missing ({blue} pixels)"
    print(f"ok {path}: {len(counts)} colours, {blue} pixels of the first seat group")


if __name__ == "__main__":
    for p in sys.argv[1:]:
        main(p)
