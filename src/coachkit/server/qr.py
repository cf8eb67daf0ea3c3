"""QR codes for the join address: Unicode half blocks for the terminal, PNG for the screen."""

from __future__ import annotations

import io

_CHARS = {(False, False): " ", (True, False): "▀", (False, True): "▄", (True, True): "█"}


def _matrix(text: str, border: int) -> list[list[bool]]:
    # imported when a code is drawn: qrcode loads Pillow, which the first page never needs
    import qrcode
    import qrcode.constants

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=border)
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


def terminal_qr(url: str, *, invert: bool = True, border: int = 2) -> str:
    """The QR code of ``url`` drawn with Unicode half blocks, two module rows per text line.

    Args:
        url: what the code says.
        invert: draw the light modules as blocks, which reads right on a dark terminal (most);
            False draws the dark modules, for a light terminal.
        border: quiet zone in modules (a camera needs some light around the code).

    Returns:
        Lines joined with ``\\n``, no trailing newline.
    """
    rows = _matrix(url, border)
    if invert:
        rows = [[not cell for cell in row] for row in rows]
    if len(rows) % 2:
        rows.append([invert] * len(rows[0]))  # one more row of quiet zone
    lines = []
    for top, bottom in zip(rows[0::2], rows[1::2], strict=True):
        lines.append("".join(_CHARS[(a, b)] for a, b in zip(top, bottom, strict=True)))
    return "\n".join(lines)


def qr_png(url: str, *, box_size: int = 8, border: int = 2) -> bytes:
    """The QR code of ``url`` as PNG bytes (black on white), for ``ft.Image(src=...)``."""
    import qrcode
    import qrcode.constants

    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=box_size, border=border
    )
    code.add_data(url)
    code.make(fit=True)
    image = code.make_image(fill_color="black", back_color="white")
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()
