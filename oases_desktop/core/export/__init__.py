"""Exports of a plan: the client-ready PDF report (loaded on first use, so that a light module of
this package, such as image_choices, does not bring ReportLab in)."""

__all__ = ["PdfOptions", "export_pdf", "render_pdf"]


def __getattr__(name: str):
    if name == "PdfOptions":
        from oases_desktop.core.export.options import PdfOptions

        return PdfOptions
    if name in ("export_pdf", "render_pdf"):
        from oases_desktop.core.export import pdf

        return getattr(pdf, name)
    raise AttributeError(name)
