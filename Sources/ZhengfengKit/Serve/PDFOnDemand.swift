import Foundation

/// What asking `serve` for a PDF came to.
public enum PDFDemand: Sendable {
    /// The path is not the 办公版 or 印刷版 of a print document of the preview.
    case notADocument
    /// Both PDFs of the document are current in the preview folder; `rendered` is nil when
    /// they already were, else what making them took.
    case ready(rendered: PDFResult?)
    /// WeasyPrint is missing or failed, or the preflight found problems: no PDF is served.
    case failed([Diagnostic])
}

/// The PDFs of `serve`. The preview is built without them; a document's PDFs are made when
/// one of them is first opened, and made again only after its print HTML changed, so an edit
/// re-renders just the documents that show the edited page, and only once they are opened.
/// They go through the PDF cache beside the preview folder and the preflight, like
/// `build --pdf`. Used on `serve`'s build queue only (through `IncrementalSite`).
struct PDFOnDemand {
    /// The print documents of the preview.
    var documents: [PrintDocument] = []
    /// Each document's print HTML digest when its PDFs were made or put back.
    private var made: [String: String] = [:]

    /// After a full build: `restored` are the PDFs it put back from the cache.
    mutating func reset(documents: [PrintDocument], restored: [PDFResult], output: URL) {
        self.documents = documents
        made = [:]
        for result in restored {
            guard let document = documents.first(where: { $0.pdfPath == result.path }) else { continue }
            made[document.name] = Self.digest(output.appendingPathComponent(document.htmlPath))
        }
    }

    /// Makes the PDFs of the document that `path` (relative to `output`) belongs to current.
    mutating func prepare(_ path: String, output: URL, print: PrintConfig) -> PDFDemand {
        guard let document = documents.first(where: { $0.pdfPath == path || PDFVariant.press.path(of: $0) == path }) else {
            return .notADocument
        }
        let html = output.appendingPathComponent(document.htmlPath)
        let files = PDFVariant.allCases.map { output.appendingPathComponent($0.path(of: document)) }
        if let digest = Self.digest(html), made[document.name] == digest,
           files.allSatisfy({ FileManager.default.fileExists(atPath: $0.path) }) {
            return .ready(rendered: nil)
        }
        made[document.name] = nil
        guard let renderer = PrintStage.renderer(documents, print: print) else {
            return .failed([PrintStage.weasyPrintMissing])
        }
        do {
            let results = try renderer.render([document], in: output, cache: PDFCache(output: output))
            made[document.name] = Self.digest(html)
            return .ready(rendered: results.first)
        } catch {
            for file in files { try? FileManager.default.removeItem(at: file) }
            let problems = (error as? DiagnosticsError)?.diagnostics ?? [(error as? Diagnostic)
                ?? .error("PDF_FAILED", "生成 \(document.pdfPath) 失败：\(error)", at: SourceLocation(file: document.htmlPath))]
            return .failed(problems)
        }
    }

    static func digest(_ file: URL) -> String? {
        guard let data = try? Data(contentsOf: file) else { return nil }
        var hash = SHA256()
        hash.update(data)
        return hash.hex()
    }
}
