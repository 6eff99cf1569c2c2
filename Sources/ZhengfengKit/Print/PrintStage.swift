import Foundation

/// The print step of a build: writes the print HTML into the transaction and, with `--pdf`,
/// renders the PDFs into it before the swap.
struct PrintStage {
    /// The template values of the site being built.
    let contexts: TemplateContexts
    /// The site's templates (the built-in print templates stand in when they have none).
    let templates: TemplateSet
    /// A build's transaction, or the live preview folder of `serve` (which makes no PDFs).
    let transaction: OutputSink
    let options: BuildOptions

    /// Writes the print editions. A site whose own templates have no print templates uses the
    /// built-in ones (and the built-in print.css and elder.js when its assets lack them).
    func write() throws -> [PrintDocument] {
        var templates = self.templates
        if !templates.contains("print/brochure") {
            templates = try TemplateSet(directory: ThemeLoader.builtInDirectory, displayPrefix: "（内置模板）/")
            for asset in ["css/print.css", "js/elder.js"] {
                let own = ThemeLoader.assetsDirectory(siteDirectory: options.siteDirectory).appendingPathComponent(asset)
                if !FileManager.default.fileExists(atPath: own.path) {
                    try transaction.copy(ThemeLoader.builtInDirectory.appendingPathComponent("assets/" + asset), to: "assets/" + asset)
                }
            }
        }
        let writer = PrintWriter(contexts: contexts, templates: templates, transaction: transaction,
                                 configFile: "content/site.yml")
        return try writer.writeAll()
            + NoticePrint(contexts: contexts, templates: templates, transaction: transaction).write()
    }

    /// Writes `print/index.html` when the site's templates have `print-index` (the built-in
    /// theme does): the editions, with size and pages of the PDFs this build made.
    func writeIndex(_ documents: [PrintDocument], pdfs: [PDFResult]) throws {
        let staging = (transaction as? OutputTransaction)?.stagingDirectory
        let index = PrintIndex(contexts: contexts, templates: templates, transaction: transaction)
        try index.write(documents, pdfs: pdfs) { path in
            guard let staging else { return nil }
            let attributes = try? FileManager.default.attributesOfItem(atPath: staging.appendingPathComponent(path).path)
            return (attributes?[.size] as? NSNumber)?.intValue
        }
    }

    /// Renders the PDFs. WeasyPrint missing or failing does not stop the web build: the
    /// problem is returned, and no PDF of this build is kept.
    func renderPDFs(_ documents: [PrintDocument]) -> (results: [PDFResult], problem: DiagnosticsError?) {
        // SOURCE_DATE_EPOCH, or a fixed 0 (not the clock): WeasyPrint stamps it into the
        // embedded font subsets, and the same input must give the same PDF bytes.
        let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) } ?? 0
        guard let staging = (transaction as? OutputTransaction)?.stagingDirectory else { return ([], nil) }
        guard let renderer = PDFRenderer(epoch: epoch) else {
            return ([], DiagnosticsError([.error("PDF_WEASYPRINT_MISSING", PDFRenderer.missingMessage,
                                                 at: SourceLocation(file: "weasyprint"))]))
        }
        do {
            return (try renderer.render(documents, in: staging), nil)
        } catch {
            for document in documents {
                try? FileManager.default.removeItem(at: staging.appendingPathComponent(document.pdfPath))
            }
            let problem = error as? DiagnosticsError
                ?? DiagnosticsError([(error as? Diagnostic) ?? .error("PDF_FAILED", "\(error)", at: SourceLocation(file: "weasyprint"))])
            return ([], problem)
        }
    }
}
