/// The two PDFs made from every print document: 办公版 for office printers (the trim size,
/// no marks: `print/villages.pdf`) and 印刷版 for the print shop (3 mm bleed on every side,
/// crop and registration marks, the cover colour running into the bleed, fonts embedded:
/// `print/villages-press.pdf`).
enum PDFVariant: String, Sendable, CaseIterable {
    case office, press

    /// The name editors see (print index, progress lines, messages).
    var label: String { self == .office ? "办公版" : "印刷版" }

    /// The PDF's path relative to the output root.
    func path(of document: PrintDocument) -> String {
        switch self {
        case .office: return document.pdfPath
        case .press: return String(document.pdfPath.dropLast(".pdf".count)) + "-press.pdf"
        }
    }

    /// A user stylesheet WeasyPrint adds for the 印刷版 (`-s`): bleed and marks on every page.
    /// The print pages' own stylesheets set neither (unless site.yml asks for a bleed on the
    /// 办公版 too), so these rules apply; the layout inside the trim is the same in both.
    static let pressStylesheet = "@page { bleed: 3mm; marks: crop cross; }\n"
}
