import Foundation

/// The print step of a build: writes the print HTML into the transaction and, with `--pdf`,
/// renders the PDFs into it before the swap.
struct PrintStage {
    /// The template values of the site being built.
    let contexts: TemplateContexts
    /// The site's templates (the built-in print templates stand in when they have none).
    let templates: TemplateSet
    /// A build's transaction, or the live preview folder of `serve` (which makes PDFs only
    /// when they are opened: `PDFOnDemand`).
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
        let transaction = transaction as? OutputTransaction
        let index = PrintIndex(contexts: contexts, templates: templates, transaction: self.transaction)
        try index.write(documents, pdfs: pdfs, onDemand: options.pdfOnDemand) { path in
            guard let transaction else { return nil }
            // A PDF kept unchanged by a plain build is not staged: its size is the output's.
            for folder in [transaction.stagingDirectory, transaction.outputDirectory] {
                let attributes = try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path)
                if let size = (attributes?[.size] as? NSNumber)?.intValue { return size }
            }
            return nil
        }
    }

    /// Renders the PDFs (both variants) through the PDF cache beside the output, with the
    /// preflight. WeasyPrint missing or failing, or a preflight error, does not stop the web
    /// build: the problem is returned, and no PDF of this build is kept.
    func renderPDFs(_ documents: [PrintDocument], finished: (@Sendable (PDFResult) -> Void)? = nil)
        -> (results: [PDFResult], problem: DiagnosticsError?) {
        // SOURCE_DATE_EPOCH, or a fixed 0 (not the clock): WeasyPrint stamps it into the
        // embedded font subsets, and the same input must give the same PDF bytes.
        guard let transaction = transaction as? OutputTransaction else { return ([], nil) }
        let staging = transaction.stagingDirectory
        guard let renderer = Self.renderer(documents, print: contexts.site.config.print) else {
            return ([], DiagnosticsError([Self.weasyPrintMissing]))
        }
        do {
            let cache = PDFCache(output: transaction.outputDirectory)
            return (try renderer.render(documents, in: staging, cache: cache, finished: finished), nil)
        } catch {
            for document in documents {
                for variant in PDFVariant.allCases {
                    try? FileManager.default.removeItem(at: staging.appendingPathComponent(variant.path(of: document)))
                }
            }
            let problem = error as? DiagnosticsError
                ?? DiagnosticsError([(error as? Diagnostic) ?? .error("PDF_FAILED", "\(error)", at: SourceLocation(file: "weasyprint"))])
            return ([], problem)
        }
    }

    /// The PDF renderer for `documents` under the site's `print:` settings (preflight rules,
    /// bleed on the 办公版); nil when no WeasyPrint is installed.
    static func renderer(_ documents: [PrintDocument], print: PrintConfig) -> PDFRenderer? {
        guard var renderer = PDFRenderer(epoch: epoch) else { return nil }
        renderer.rules = rules(documents, print: print)
        renderer.officeHasBleed = print.hasBleed
        return renderer
    }

    static let weasyPrintMissing = Diagnostic.error("PDF_WEASYPRINT_MISSING", PDFRenderer.missingMessage,
                                                    at: SourceLocation(file: "weasyprint"))

    /// The preflight rules of each document under the site's `print:` settings.
    static func rules(_ documents: [PrintDocument], print: PrintConfig) -> [String: PreflightRules] {
        Dictionary(uniqueKeysWithValues: documents.map { ($0.name, PreflightRules(for: $0, config: print)) })
    }

    static var epoch: Int { ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) } ?? 0 }

    /// A build without `--pdf` keeps the PDFs that are still current: each document whose
    /// inputs match an entry of the PDF cache gets that entry's PDFs (and its brochure HTML
    /// with the blank pages); the others' PDFs are left out (they are out of date).
    func restoreCachedPDFs(_ documents: [PrintDocument]) throws -> [PDFResult] {
        guard let transaction = transaction as? OutputTransaction else { return [] }
        let cache = PDFCache(output: transaction.outputDirectory)
        guard FileManager.default.fileExists(atPath: cache.directory.path),
              let renderer = Self.renderer(documents, print: contexts.site.config.print) else { return [] }
        let identity = try renderer.identity(cache: cache)
        let read = { (path: String) -> Data? in
            (try? Data(contentsOf: transaction.stagingDirectory.appendingPathComponent(path)))
                ?? (try? Data(contentsOf: transaction.outputDirectory.appendingPathComponent(path)))
        }
        var results: [PDFResult] = []
        for document in documents {
            guard let html = read(document.htmlPath).map({ String(decoding: $0, as: UTF8.self) }) else { continue }
            let key = PDFInputs.key(document, html: html, renderer: renderer.checked(identity, document), epoch: renderer.epoch, read: read)
            guard let entry = cache.entry(key) else { continue }
            try transaction.copy(entry.office, to: document.pdfPath)
            try transaction.copy(entry.press, to: PDFVariant.press.path(of: document))
            try transaction.copy(entry.html, to: document.htmlPath)
            results.append(PDFResult(path: document.pdfPath, pages: entry.pages, seconds: 0,
                                     pressPath: PDFVariant.press.path(of: document), cached: true, cacheKey: key))
        }
        return results
    }
}
