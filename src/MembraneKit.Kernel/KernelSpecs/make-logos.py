"""Draws the kernelspec logos (logo-32x32.png, logo-64x64.png): a lipid bilayer with an open channel.

Run once with Debian's Python and Pillow (python3-pil) when the design changes; the PNGs are committed
and embedded in the kernel assembly, so building never needs Python.
"""
from PIL import Image, ImageDraw

SIZE = 256
BACKGROUND = (27, 58, 92, 255)
HEAD = (242, 193, 78, 255)
TAIL = (242, 193, 78, 150)
CHANNEL = (92, 194, 122, 255)
ION = (255, 255, 255, 255)

image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
draw = ImageDraw.Draw(image)
draw.rounded_rectangle((0, 0, SIZE - 1, SIZE - 1), radius=48, fill=BACKGROUND)

top, bottom, radius = 84, 172, 13
for x in range(22, SIZE, 32):
    if 100 < x < 156:
        continue  # the channel's place
    for y, tail_end in ((top, top + 38), (bottom, bottom - 38)):
        draw.line((x, y, x, tail_end), fill=TAIL, width=6)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=HEAD)

draw.rounded_rectangle((104, top - 22, 122, bottom + 22), radius=8, fill=CHANNEL)
draw.rounded_rectangle((134, top - 22, 152, bottom + 22), radius=8, fill=CHANNEL)
draw.ellipse((116, 112, 140, 136), fill=ION)
draw.polygon(((128, 196), (116, 178), (140, 178)), fill=ION)

for size in (32, 64):
    image.resize((size, size), Image.LANCZOS).save(f"logo-{size}x{size}.png", optimize=True)
