"""zhengfeng's PDF driver: lays each print document out once with WeasyPrint's Python API and
writes both PDFs from that layout (PDFRenderer.swift starts it and talks to it).

Started as `python3 pdf_driver.py`, it reads one job per line on standard input (JSON) and
answers each with one line on standard output (JSON); it ends when standard input closes.
`python3 pdf_driver.py --version` prints WeasyPrint's version (part of the PDF cache key).

A job: {"html": path, "office": path, "press": path, "identifier": name,
        "press_css": stylesheet, "multiple": n, "office_layout": bool}
The document is laid out with `press_css` (bleed and marks). When its page count is not a
multiple of `multiple`, nothing is written and the answer says so (zhengfeng adds blank pages
and sends the job again). Otherwise the 印刷版 is written to `press` and the 办公版 to `office`
from the same layout: every page's MediaBox, BleedBox and TrimBox set to the TrimBox (the
finished size; the marks and the bleed lie outside it). With `office_layout` (the site asks
for a bleed on the 办公版 too) the 办公版 is laid out on its own, without `press_css`.
The answer: {"pages": n, "written": bool} or {"error": message}.

Before writing, the driver tidies two things poppler (pdftoppm, pdftotext, pdffonts: the
preflight, the proof sheet, many print-shop tools) pays for on every page, which made reading
a 48-page brochure take ten times longer:
- WeasyPrint embeds each CJK font as a whole OpenType file: a subset that keeps the original
  glyph numbers, so 800 KB of mostly empty metrics tables. poppler unpacks the file again
  for every page to learn its type. Only its CFF table is kept (FontFile3 /CIDFontType0C, the
  form Acrobat writes): the same glyphs under the same numbers, 10 times faster to read.
- WeasyPrint draws each page's crop and fold marks as a form XObject whose resources name
  all the document's fonts, which poppler then loads for each form. Forms that draw no text
  lose their fonts.
The pages look the same (rasterised page by page) and give the same text.

Written against WeasyPrint 57 (Debian 12) and 70 (PyPI): only the public API
(HTML.render, Document.write_pdf with a finisher) and pydyf's PDF object are used.
"""

import inspect
import io
import json
import logging
import re
import sys


def main():
    import weasyprint

    if sys.argv[1:] == ['--version']:
        print(f'WeasyPrint version {weasyprint.__version__}')
        return
    answers = sys.stdout
    # WeasyPrint and its libraries must not write into the answers.
    sys.stdout = sys.stderr
    errors = ErrorLog()
    logger = logging.getLogger('weasyprint')
    logger.setLevel(logging.ERROR)
    logger.addHandler(errors)
    logger.propagate = False
    writer = Writer(weasyprint)
    for line in sys.stdin:
        if not line.strip():
            continue
        errors.records.clear()
        try:
            answer = writer.render(json.loads(line))
        except Exception as error:  # reported to zhengfeng, which names the document
            message = '\n'.join(errors.records[-3:] + [f'{type(error).__name__}: {error}'])
            answer = {'error': message}
        answers.write(json.dumps(answer) + '\n')
        answers.flush()


class ErrorLog(logging.Handler):
    """Keeps WeasyPrint's error messages of the current job."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.records = []

    def emit(self, record):
        self.records.append(record.getMessage())


class Writer:
    def __init__(self, weasyprint):
        self.weasyprint = weasyprint
        parameters = inspect.signature(weasyprint.Document.write_pdf).parameters
        # WeasyPrint 57 calls it `identifier`, later versions `pdf_identifier`.
        self.identifier_option = 'identifier' if 'identifier' in parameters else 'pdf_identifier'

    def render(self, job):
        press_css = self.weasyprint.CSS(string=job['press_css'])
        document = self.weasyprint.HTML(filename=job['html']).render(stylesheets=[press_css])
        pages = len(document.pages)
        if pages % job['multiple'] != 0:
            return {'pages': pages, 'written': False}
        identifier = {self.identifier_option: job['identifier'].encode()}
        if job['office_layout']:
            document.write_pdf(job['press'], finisher=tidy, **identifier)
            office = self.weasyprint.HTML(filename=job['html']).render()
            office.write_pdf(job['office'], finisher=tidy, **identifier)
        else:
            finisher = OfficeCopy(job['office'])
            document.write_pdf(job['press'], finisher=finisher, **identifier)
            if not finisher.written:
                raise RuntimeError('the 办公版 was not written')
        return {'pages': pages, 'written': True}


class OfficeCopy:
    """A write_pdf finisher: when WeasyPrint writes the 印刷版, the same PDF object is first
    written to the 办公版's file with every page cut to its TrimBox, with the arguments
    WeasyPrint itself passes (version, identifier, compression), then put back as it was."""

    def __init__(self, path):
        self.path = path
        self.written = False

    def __call__(self, document, pdf):
        tidy(document, pdf)
        write = pdf.write

        def write_both(output, *arguments, **options):
            objects = len(pdf.objects)
            position, xref = pdf.current_position, getattr(pdf, 'xref_position', None)
            pages = [pdf.objects[number] for number in pdf.pages['Kids'][::3]]
            boxes = [{key: page.get(key) for key in ('MediaBox', 'BleedBox', 'TrimBox')} for page in pages]
            for page in pages:
                trim = page.get('TrimBox') or page['MediaBox']
                for key in ('MediaBox', 'BleedBox', 'TrimBox'):
                    page[key] = type(page['MediaBox'])(trim)
            with open(self.path, 'wb') as office:
                write(office, *arguments, **options)
            # pydyf's write adds the info, object stream and cross-reference objects and
            # moves the position: undo that, and the page boxes, for the 印刷版.
            del pdf.objects[objects:]
            pdf.current_position, pdf.xref_position = position, xref
            for page, saved in zip(pages, boxes):
                for key, value in saved.items():
                    if value is None:
                        page.pop(key, None)
                    else:
                        page[key] = value
            self.written = True
            return write(output, *arguments, **options)

        pdf.write = write_both


def tidy(document, pdf):
    """A write_pdf finisher: bare CFF fonts and no fonts in forms that draw no text."""
    bare_cff_fonts(pdf)
    drop_unused_fonts(pdf)


def streams(pdf, subtype):
    """The stream objects of `pdf` whose dictionary has this /Subtype."""
    for stream in pdf.objects:
        extra = getattr(stream, 'extra', None)
        if isinstance(extra, dict) and extra.get('Subtype') == subtype:
            yield stream


def content(stream, separator=b''):
    """The bytes of a stream before compression (pydyf keeps them as a list of items)."""
    return separator.join(item if isinstance(item, bytes) else str(item).encode() for item in stream.stream)


def bare_cff_fonts(pdf):
    """Every embedded OpenType font with CID-keyed CFF outlines becomes its CFF table."""
    from fontTools.ttLib import TTFont

    for stream in streams(pdf, '/OpenType'):
        data = content(stream)
        if not data.startswith(b'OTTO'):
            continue
        font = TTFont(io.BytesIO(data), lazy=True)
        if 'CFF ' not in font or not hasattr(font['CFF '].cff.topDictIndex[0], 'ROS'):
            continue
        stream.stream = [font.reader['CFF ']]
        stream.extra['Subtype'] = '/CIDFontType0C'


# Content-stream operators that set or show text, or draw something with resources of its own.
DRAWS_WITH_RESOURCES = re.compile(rb'(?<![A-Za-z])(BT|Tf|Do|sh)(?![A-Za-z])')


def drop_unused_fonts(pdf):
    """Every form XObject whose content uses no font, XObject or shading gets resources
    without fonts (a new dictionary: the old one may be shared)."""
    for stream in streams(pdf, '/Form'):
        if DRAWS_WITH_RESOURCES.search(content(stream, b' ')):
            continue
        extra = stream.extra
        resources = extra.get('Resources')
        if isinstance(resources, bytes):  # a reference: b'383 0 R'
            resources = pdf.objects[int(resources.split()[0])]
        if isinstance(resources, dict) and 'Font' in resources:
            extra['Resources'] = type(resources)({key: value for key, value in resources.items() if key != 'Font'})


if __name__ == '__main__':
    main()
