"""Exports of a plan: the client-ready PDF report."""

from oases_desktop.core.export.options import PdfOptions
from oases_desktop.core.export.pdf import export_pdf, render_pdf

__all__ = ["PdfOptions", "export_pdf", "render_pdf"]
