"""Draws Unknot's app and tray icons as PNGs, and the Windows tray icons as ICO files holding PNGs (no image library
needed). Run: python3 scripts/make-icons.py"""
import math
import struct
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources"

STATES = {  # tray state -> disc colour
    "working": (11, 110, 99),
    "due": (196, 110, 0),
    "paused": (96, 104, 112),
}


# Windows draws the tray icon at 16 px times the display scale (100 %, 125 %, 150 %, 200 %, 300 %) and picks the
# closest size in the .ico, so each one is drawn rather than scaled.
ICO_SIZES = (16, 20, 24, 32, 48)


def png_bytes(size, pixel):
    rows = b"".join(
        b"\x00" + b"".join(bytes(pixel(x + 0.5, y + 0.5, size)) for x in range(size)) for y in range(size)
    )
    chunk = lambda tag, data: struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def png(path, size, pixel):
    path.write_bytes(png_bytes(size, pixel))


def ico(path, sizes, pixel):
    """An ICO file whose images are PNGs (read by Windows since Vista): a 6-byte header, a 16-byte entry per image
    (width, height, colours, reserved, planes, bits per pixel, byte length, offset), then the images."""
    images = [png_bytes(size, pixel) for size in sizes]
    offset = 6 + 16 * len(images)
    entries = b""
    for size, image in zip(sizes, images):
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    path.write_bytes(struct.pack("<HHH", 0, 1, len(images)) + entries + b"".join(images))


def coverage(distance_inside):
    """Anti-aliased edge: 1 well inside, 0 well outside."""
    return max(0.0, min(1.0, distance_inside + 0.5))


def knot(x, y, size):
    """Coverage of the white mark: a loop with a vertical line through it (a knot on a spine)."""
    c = size / 2
    r = math.hypot(x - c, y - c)
    stroke = size * 0.09
    ring = coverage(stroke / 2 - abs(r - size * 0.22))
    spine = coverage(stroke / 2 - abs(x - c)) * coverage(size * 0.36 - abs(y - c))
    return max(ring, spine)


def coloured(colour):
    def pixel(x, y, size):
        c = size / 2
        disc = coverage(size * 0.48 - math.hypot(x - c, y - c))
        mark = knot(x, y, size)
        rgb = [round(colour[i] * (1 - mark) + 255 * mark) for i in range(3)]
        return (*rgb, round(255 * disc))

    return pixel


def template_for(state):
    """macOS template image: black with alpha, tinted by the system, so states differ by shape, not colour:
    working = ring and knot, due = a filled disc with the knot cut out, paused = ring and two bars."""

    def pixel(x, y, size):
        c = size / 2
        r = math.hypot(x - c, y - c)
        outer = coverage(size * 0.48 - r)
        ring = outer - coverage(size * 0.40 - r)
        if state == "due":
            alpha = outer * (1 - knot(x, y, size))
        elif state == "paused":
            bar = size * 0.07
            bars = max(coverage(bar - abs(x - (c - size * 0.12))), coverage(bar - abs(x - (c + size * 0.12))))
            alpha = max(ring, bars * coverage(size * 0.2 - abs(y - c)))
        else:
            alpha = max(ring, knot(x, y, size))
        return (0, 0, 0, round(255 * alpha))

    return pixel


def main():
    (OUT / "public").mkdir(parents=True, exist_ok=True)
    png(OUT / "icon.png", 512, coloured(STATES["working"]))
    png(OUT / "public" / "icon.png", 64, coloured(STATES["working"]))
    for state, colour in STATES.items():
        png(OUT / f"tray-{state}.png", 16, coloured(colour))
        png(OUT / f"tray-{state}@2x.png", 32, coloured(colour))
        ico(OUT / f"tray-{state}.ico", ICO_SIZES, coloured(colour))
        png(OUT / f"tray-{state}Template.png", 16, template_for(state))
        png(OUT / f"tray-{state}Template@2x.png", 32, template_for(state))


if __name__ == "__main__":
    main()
