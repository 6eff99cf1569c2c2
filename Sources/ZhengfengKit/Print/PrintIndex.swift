import Foundation

/// The page at `print/index.html`: every print edition with its on-screen version and, when
/// this build made them, its PDF with size and page count (instead of a folder listing).
struct PrintIndex {
    let contexts: TemplateContexts
    let templates: TemplateSet
    let transaction: OutputSink

    static let template = "print-index"
    static let path = "print/index.html"

    /// One list entry per document; `pdfs` are this build's PDFs (empty without `--pdf`),
    /// `pdfBytes` gives a PDF's size by its output path. `onDemand` links the PDFs this build
    /// did not make too (`serve` makes them when they are opened).
    static func entries(_ documents: [PrintDocument], pdfs: [PDFResult], urls: SiteURLs, onDemand: Bool = false,
                        pdfBytes: (String) -> Int?) -> [[String: Any]] {
        documents.map { document in
            var entry: [String: Any] = [
                "title": document.title,
                "url": urls.link(String(document.htmlPath.dropLast("index.html".count))),
                "kind": kindName(document.kind),
            ]
            if let result = pdfs.first(where: { $0.path == document.pdfPath }) {
                entry["pdf_url"] = urls.link(document.pdfPath)
                entry["pdf_pages"] = result.pages
                entry["pdf_size"] = pdfBytes(document.pdfPath).map(sizeText) ?? ""
                if !result.pressPath.isEmpty {
                    entry["press_url"] = urls.link(result.pressPath)
                    entry["press_size"] = pdfBytes(result.pressPath).map(sizeText) ?? ""
                }
            } else if onDemand {
                entry["pdf_url"] = urls.link(document.pdfPath)
                entry["pdf_size"] = onDemandNote
                entry["press_url"] = urls.link(PDFVariant.press.path(of: document))
                entry["press_size"] = onDemandNote
            }
            return TemplateValue.compacted(entry)
        }
    }

    /// Said instead of a size of a PDF that is made when opened.
    static let onDemandNote = "打开时生成"

    static func kindName(_ kind: PrintDocument.Kind) -> String {
        switch kind {
        case .brochure: return "宣传册"
        case .leaflet: return "三折页"
        case .board: return "展板"
        case .notice: return "通报"
        }
    }

    /// `1.2 MB`, `380 KB`: one decimal under 10 MB, whole numbers above (deterministic).
    static func sizeText(_ bytes: Int) -> String {
        if bytes < 1_000_000 { return "\(max(1, (bytes + 500) / 1000)) KB" }
        let tenths = (bytes + 50_000) / 100_000
        return tenths < 100 ? "\(tenths / 10).\(tenths % 10) MB" : "\((bytes + 500_000) / 1_000_000) MB"
    }

    func write(_ documents: [PrintDocument], pdfs: [PDFResult], onDemand: Bool = false, pdfBytes: (String) -> Int?) throws {
        guard templates.contains(Self.template) else { return }
        var context = contexts.standaloneContext(title: "印刷品")
        let entries = Self.entries(documents, pdfs: pdfs, urls: contexts.config.urls, onDemand: onDemand, pdfBytes: pdfBytes)
        context["editions"] = entries
        context["has_pdfs"] = !pdfs.isEmpty || (onDemand && !documents.isEmpty)
        let html = try templates.render(Self.template, context: context,
                                        for: templates.origin + Self.template + ".mustache", cache: contexts.partialCache)
        try transaction.write(contexts.config.urls.finish(html, at: Self.path), to: Self.path)
    }
}
