import Foundation

/// What asking `serve` for a PDF came to.
public enum PDFDemand: Sendable {
    /// The path is not the 办公版 or 印刷版 of a print document of the preview.
    case notADocument
    /// Both PDFs of the document are current in the preview folder; `rendered` is nil when
    /// they already were, else what making them took.
    case ready(rendered: PDFResult?)
    /// Content errors, WeasyPrint missing or failing, or preflight problems: no PDF is served.
    case failed([Diagnostic])
}

/// The PDFs of `serve`. The preview is built without them; a document's PDFs are made when
/// one of them is first opened, and made again only after its print HTML in the preview
/// changed, so an edit re-renders just the documents that show the edited page, once opened.
///
/// The preview's print HTML is not what goes to paper: its links and QR codes point to the
/// preview server and it shows drafts. So the PDFs come from the print HTML of a build with
/// the site's own settings (`build`'s base URL, no drafts) in a folder of its own beside the
/// preview, through the PDF cache and the preflight: the same bytes `build --pdf` writes.
/// That build is a plain one (no PDFs): opening a PDF costs what `build` costs (0.2 s for
/// the shipped site) plus rendering that one document when the cache has no copy. Used on
/// `serve`'s build queue only (`IncrementalSite`).
struct PDFOnDemand {
    /// The print documents of the preview.
    var documents: [PrintDocument] = []
    /// Each document's preview print HTML when its PDFs were made.
    private var made: [String: Data] = [:]
    /// The folder of the print build (`.zhengfeng-serve-print-<preview>` beside the preview)
    /// and its `Interruption` token, once made.
    private var folder: (url: URL, token: Int)?

    /// After a full build of the preview (which has no PDFs).
    mutating func reset(documents: [PrintDocument]) {
        self.documents = documents
        made = [:]
    }

    /// Makes the PDFs of the preview document that `path` (relative to the preview folder)
    /// belongs to current there. `options` are the preview's build options.
    mutating func prepare(_ path: String, options: BuildOptions) -> PDFDemand {
        let preview = options.outputDirectory
        guard let document = documents.first(where: { $0.pdfPath == path || PDFVariant.press.path(of: $0) == path }) else {
            return .notADocument
        }
        let targets = PDFVariant.allCases.map { $0.path(of: document) }
        let html = try? Data(contentsOf: preview.appendingPathComponent(document.htmlPath))
        if let html, made[document.name] == html,
           targets.allSatisfy({ FileManager.default.fileExists(atPath: preview.appendingPathComponent($0).path) }) {
            return .ready(rendered: nil)
        }
        made[document.name] = nil
        do {
            let live = try LiveOutput(directory: preview)
            for target in targets { try live.remove(target) }
            let output = printFolder(beside: preview).appendingPathComponent("site", isDirectory: true)
            var publishing = options
            publishing.outputDirectory = output
            publishing.baseURL = nil
            publishing.showDrafts = false
            publishing.pdfOnDemand = false
            publishing.pdf = false
            // Rendering into its output changes it, so the build record would never match.
            publishing.reuseUnchangedOutput = false
            let (report, site) = try SiteBuilder(options: publishing).buildKeepingModel()
            guard let site, let printed = report.printDocuments.first(where: { $0.name == document.name }) else {
                return .failed([.error("PDF_NOT_PUBLISHED",
                                       "\(document.pdfPath) 只在预览里有（例如来自草稿页），正式生成的网站没有这份印刷品，所以不生成 PDF。",
                                       at: SourceLocation(file: document.htmlPath))])
            }
            guard let renderer = PrintStage.renderer(report.printDocuments, print: site.site.config.print) else {
                return .failed([PrintStage.weasyPrintMissing])
            }
            let results = try renderer.render([printed], in: output, cache: PDFCache(output: output))
            for (variant, target) in zip(PDFVariant.allCases, targets) {
                try live.copy(output.appendingPathComponent(variant.path(of: printed)), to: target)
            }
            made[document.name] = html
            return .ready(rendered: results.first)
        } catch {
            for target in targets { try? FileManager.default.removeItem(at: preview.appendingPathComponent(target)) }
            let problems = (error as? DiagnosticsError)?.diagnostics ?? [(error as? Diagnostic) ?? (error as? OutputError)?.diagnostic
                ?? .error("PDF_FAILED", "生成 \(document.pdfPath) 失败：\(error)", at: SourceLocation(file: document.htmlPath))]
            return .failed(problems)
        }
    }

    /// Removes the print build's folder (when `serve` stops).
    mutating func close() {
        if let folder { Interruption.remove(folder.token) }
        folder = nil
    }

    private mutating func printFolder(beside preview: URL) -> URL {
        if let folder { return folder.url }
        let url = preview.deletingLastPathComponent()
            .appendingPathComponent(".zhengfeng-serve-print-" + preview.lastPathComponent, isDirectory: true)
        folder = (url, Interruption.track(folder: url.path))
        return url
    }
}
