import Foundation

/// One PDF written by the PDF step, for the timing report.
public struct PDFResult: Sendable {
    public var path: String
    public var pages: Int
    /// Wall-clock seconds, including a second pass when blank pages were added.
    public var seconds: Double
}

/// Turns the staged print HTML into PDFs with the `weasyprint` command (Debian package
/// weasyprint), several files at a time. Brochures are first laid out in a quick counting
/// pass; when their page count is not a multiple of 4, blank pages go in before the back
/// cover (the staged HTML is updated to match) and the final PDF is rendered.
public struct PDFRenderer: Sendable {
    public let executable: URL
    /// SOURCE_DATE_EPOCH passed to WeasyPrint, so the same input gives the same PDF bytes.
    public let epoch: Int

    /// Finds `weasyprint` on PATH; nil when it is not installed. `ZHENGFENG_WEASYPRINT`
    /// names another program to run instead (tests use a stand-in that waits for a signal).
    public init?(epoch: Int, environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let standIn = environment["ZHENGFENG_WEASYPRINT"], FileManager.default.isExecutableFile(atPath: standIn) {
            self.executable = URL(fileURLWithPath: standIn)
            self.epoch = epoch
            return
        }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        let found = path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("weasyprint") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        guard let found else { return nil }
        self.executable = found
        self.epoch = epoch
    }

    /// The message when WeasyPrint is missing.
    public static let missingMessage =
        "未找到 WeasyPrint，无法生成 PDF。请安装：sudo apt-get install weasyprint（或运行 make pdf）。网站和印刷品 HTML 已正常生成，不受影响。"

    /// Renders every document inside `root` (the staging folder); throws the problems of all
    /// failed files together.
    public func render(_ documents: [PrintDocument], in root: URL) throws -> [PDFResult] {
        let outcomes: [Result<PDFResult, Diagnostic>] = ParallelMap.map(documents) { document in
            do {
                return .success(try render(document, in: root))
            } catch let diagnostic as Diagnostic {
                return .failure(diagnostic)
            } catch {
                return .failure(.error("PDF_FAILED", "生成 \(document.pdfPath) 失败：\(error)",
                                       at: SourceLocation(file: document.htmlPath)))
            }
        }
        let failures = outcomes.compactMap { if case .failure(let problem) = $0 { return problem } else { return nil } }
        if !failures.isEmpty { throw DiagnosticsError(failures) }
        return outcomes.compactMap { try? $0.get() }
    }

    func render(_ document: PrintDocument, in root: URL) throws -> PDFResult {
        let start = DispatchTime.now()
        let html = root.appendingPathComponent(document.htmlPath)
        let pdf = root.appendingPathComponent(document.pdfPath)
        if document.pageMultiple > 1 { try pad(document, html: html, scratch: pdf.appendingPathExtension("count")) }
        try run(html, pdf, document: document, subsetFonts: true)
        let pages = try Self.pageCount(of: Data(contentsOf: pdf))
        if pages % document.pageMultiple != 0 {
            throw Diagnostic.error("PDF_PAGE_COUNT",
                                   "\(document.pdfPath) 补空白页后仍是 \(pages) 页，不是 \(document.pageMultiple) 的倍数。请检查封底是否超过一页。",
                                   at: SourceLocation(file: document.htmlPath))
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return PDFResult(path: document.pdfPath, pages: pages, seconds: seconds)
    }

    /// Counts the pages in a quick pass (fonts not subset, file thrown away) and inserts the
    /// blank pages the document needs at the pad marker.
    func pad(_ document: PrintDocument, html: URL, scratch: URL) throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        try run(html, scratch, document: document, subsetFonts: false)
        let pages = try Self.pageCount(of: Data(contentsOf: scratch))
        let missing = (document.pageMultiple - pages % document.pageMultiple) % document.pageMultiple
        guard missing > 0 else { return }
        let source = try String(contentsOf: html, encoding: .utf8)
        guard source.contains(PrintDocument.padMarker) else {
            throw Diagnostic.error("PDF_PAD_MARKER",
                                   "\(document.htmlPath) 共 \(pages) 页，不是 \(document.pageMultiple) 的倍数，但模板里没有 \(PrintDocument.padMarker) 标记，无法补空白页。请在封底之前加上这一行。",
                                   at: SourceLocation(file: document.htmlPath))
        }
        let padded = source.replacingOccurrences(
            of: PrintDocument.padMarker,
            with: PrintDocument.padMarker + String(repeating: PrintDocument.padPage, count: missing))
        try Data(padded.utf8).write(to: html)
    }

    /// Runs WeasyPrint on one file; its messages go into the error when it fails. The child is
    /// registered with `Interruption`, so Ctrl-C or SIGTERM ends it with the build.
    /// `subsetFonts: false` is several times faster (Noto CJK subsetting dominates) but embeds
    /// whole fonts; it is only used for counting pages.
    func run(_ html: URL, _ pdf: URL, document: PrintDocument, subsetFonts: Bool) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--quiet", "--pdf-identifier", document.name, "--optimize-size", subsetFonts ? "fonts" : "none",
                             html.path, pdf.path]
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = String(epoch)
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try Interruption.launch(process)
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        Interruption.finished(process)
        guard process.terminationStatus == 0 else {
            let text = String(decoding: message, as: UTF8.self).split(separator: "\n").suffix(5).joined(separator: "\n")
            throw Diagnostic.error("PDF_FAILED",
                                   "WeasyPrint 生成 \(document.pdfPath) 失败（退出码 \(process.terminationStatus)）：\(text)",
                                   at: SourceLocation(file: document.htmlPath))
        }
    }

    /// The page count in the PDF's page tree root (`/Type /Pages … /Count N`), read from the
    /// bytes (the counting pass writes whole fonts, tens of megabytes: no text decoding).
    static func pageCount(of data: Data) throws -> Int {
        let type = Data("/Type /Pages".utf8)
        let count = Data("/Count ".utf8)
        let endObject = Data("endobj".utf8)
        var best = 0
        var searchStart = data.startIndex
        while let found = data.range(of: type, in: searchStart..<data.endIndex) {
            let objectEnd = data.range(of: endObject, in: found.upperBound..<data.endIndex)?.lowerBound ?? data.endIndex
            if let key = data.range(of: count, in: found.upperBound..<objectEnd) {
                let digits = data[key.upperBound..<objectEnd].prefix { $0 >= 0x30 && $0 <= 0x39 }
                best = max(best, Int(String(decoding: digits, as: UTF8.self)) ?? 0)
            }
            searchStart = found.upperBound
        }
        guard best > 0 else {
            throw Diagnostic.error("PDF_UNREADABLE", "无法读取生成的 PDF 的页数。", at: SourceLocation(file: ""))
        }
        return best
    }
}
