#!/usr/bin/env python3
"""Draws installer/resources/alembic.png (256x256): an alembic flask on a dark rounded square. Standard library only,
so the icon can be redrawn on an offline machine; run from the project root."""
import math, struct, zlib

N = 256
BG, GLASS, LIQUID, EDGE = (28, 52, 84), (222, 236, 246), (64, 190, 160), (255, 255, 255)

def rounded_square(x, y, r=44):
    cx, cy = min(max(x, r), N - 1 - r), min(max(y, r), N - 1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r

def flask(x, y):
    """1 inside the glass, 2 inside the liquid, 0 outside: a round body, a neck, and the alembic's sloping spout."""
    bx, by, br = 118, 160, 62
    d = math.hypot(x - bx, y - by)
    if d <= br:
        return 2 if y > by - 6 else 1
    if 100 <= x <= 136 and 50 <= y <= by - br + 8:
        return 1
    # spout: a band from the neck's top going down-right
    t = (x - 130) / 80.0
    if 0 <= t <= 1:
        cy = 58 + t * 70
        if abs(y - cy) <= 9 - 4 * t:
            return 1
    return 0

def pixel(x, y):
    if not rounded_square(x, y):
        return (0, 0, 0, 0)
    f = flask(x, y)
    if f == 0:
        # a thin white outline around the glass
        if any(flask(x + dx, y + dy) for dx, dy in ((3, 0), (-3, 0), (0, 3), (0, -3))):
            return EDGE + (255,)
        return BG + (255,)
    return (LIQUID if f == 2 else GLASS) + (255,)

rows = b"".join(b"\x00" + bytes(c for x in range(N) for c in pixel(x, y)) for y in range(N))
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", N, N, 8, 6, 0, 0, 0)) \
    + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
open("installer/resources/alembic.png", "wb").write(png)
