"""Every font a document uses is embedded: no PDF names a standard font (Helvetica)
that a printer would substitute."""

from __future__ import annotations

import io

from pypdf import PdfReader

from desk_app.printing.samples import write_samples


def _font_resources(pdf: bytes) -> set[tuple[str, bool]]:
    found = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            desc = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            embedded = bool(desc) and any(k in desc.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found.add((str(font.get("/BaseFont")), embedded))
    return found


def test_every_document_embeds_every_font(tmp_path):
    write_samples(tmp_path)
    pdfs = sorted(tmp_path.glob("*.pdf"))
    assert len(pdfs) >= 42
    for path in pdfs:
        fonts = _font_resources(path.read_bytes())
        assert fonts, path.name
        not_embedded = {name for name, embedded in fonts if not embedded}
        assert not not_embedded, f"{path.name}: {not_embedded}"
