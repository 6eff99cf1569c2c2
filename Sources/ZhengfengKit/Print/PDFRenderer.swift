import Foundation

/// One PDF written by the PDF step, for the timing report.
public struct PDFResult: Sendable, Codable, Equatable {
    /// The 办公版 (`print/villages.pdf`).
    public var path: String
    public var pages: Int
    /// Wall-clock seconds, including a second pass when blank pages were added (nearly
    /// nothing when the PDFs came from the cache).
    public var seconds: Double
    /// The 印刷版 (`print/villages-press.pdf`).
    public var pressPath: String = ""
    /// Taken from the PDF cache, not rendered.
    public var cached = false
    /// Warnings of the preflight (low-resolution images).
    public var warnings: [Diagnostic] = []
    /// The document's key in the PDF cache.
    var cacheKey: String?
}

/// Turns the staged print HTML into PDFs with the `weasyprint` command (Debian package
/// weasyprint), several files at a time. Brochures are first laid out in a quick counting
/// pass; when their page count is not a multiple of 4, blank pages go in before the back
/// cover (the staged HTML is updated to match) and the final PDF is rendered.
public struct PDFRenderer: Sendable {
    public let executable: URL
    /// SOURCE_DATE_EPOCH passed to WeasyPrint, so the same input gives the same PDF bytes.
    public let epoch: Int
    /// The preflight rules of each document, by document name (documents without use the defaults).
    var rules: [String: PreflightRules] = [:]

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

    /// Renders every document inside `root` (the staging folder), both variants, checks them
    /// with the preflight and stores them in `cache`; a document whose inputs are unchanged is
    /// copied from the cache instead. `finished` is told about each document as it is done
    /// (from worker threads). Throws the problems of all failed files together.
    func render(_ documents: [PrintDocument], in root: URL, cache: PDFCache? = nil,
                finished: (@Sendable (PDFResult) -> Void)? = nil) throws -> [PDFResult] {
        let identity = cache == nil ? "" : try identity()
        if let cache { try FileManager.default.createDirectory(at: cache.directory, withIntermediateDirectories: true) }
        let outcomes: [Result<PDFResult, DiagnosticsError>] = ParallelMap.map(documents) { document in
            do {
                let result = try render(document, in: root, cache: cache, identity: identity)
                finished?(result)
                return .success(result)
            } catch let problems as DiagnosticsError {
                return .failure(problems)
            } catch let diagnostic as Diagnostic {
                return .failure(DiagnosticsError([diagnostic]))
            } catch {
                return .failure(DiagnosticsError([.error("PDF_FAILED", "生成 \(document.pdfPath) 失败：\(error)",
                                                         at: SourceLocation(file: document.htmlPath))]))
            }
        }
        let failures = outcomes.flatMap { outcome -> [Diagnostic] in
            guard case .failure(let problems) = outcome else { return [] }
            return problems.diagnostics
        }
        if !failures.isEmpty { throw DiagnosticsError(failures) }
        if let cache {
            cache.prune(keep: Set(outcomes.compactMap { try? $0.get() }.compactMap(\.cacheKey)))
        }
        return outcomes.compactMap { try? $0.get() }
    }

    /// What decides the PDF bytes besides the document: WeasyPrint's version and the fonts
    /// installed (fontconfig's list with each file's version).
    func identity() throws -> String {
        let version = try output(of: executable, ["--version"])
        let fonts = (try? output(of: URL(fileURLWithPath: "/usr/bin/env"), ["fc-list", "--format", "%{file} %{fontversion}\\n"]))
            .map { $0.split(separator: "\n").sorted().joined(separator: "\n") } ?? ""
        return version + "\n" + fonts
    }

    /// Runs a program (registered with `Interruption`) and returns its standard output.
    func output(of program: URL, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try Interruption.launch(process)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        Interruption.finished(process)
        return String(decoding: data, as: UTF8.self)
    }

    /// The renderer identity with the preflight rules the document passed: a cached PDF is only
    /// reused under the same rules (a changed `min_body_pt` checks the PDFs again).
    func checked(_ identity: String, _ document: PrintDocument) -> String {
        identity + "\n" + String(describing: rules[document.name] ?? PreflightRules())
    }

    func render(_ document: PrintDocument, in root: URL, cache: PDFCache?, identity: String) throws -> PDFResult {
        let start = DispatchTime.now()
        let html = root.appendingPathComponent(document.htmlPath)
        let pdf = root.appendingPathComponent(document.pdfPath)
        let press = root.appendingPathComponent(PDFVariant.press.path(of: document))
        var key: String?
        if let cache {
            let source = try String(contentsOf: html, encoding: .utf8)
            let found = PDFInputs.key(document, html: source, renderer: checked(identity, document), epoch: epoch) { path in
                try? Data(contentsOf: root.appendingPathComponent(path))
            }
            key = found
            if let entry = cache.entry(found) {
                let manager = FileManager.default
                for (from, to) in [(entry.office, pdf), (entry.press, press), (entry.html, html)] {
                    try? manager.removeItem(at: to)
                    try manager.copyItem(at: from, to: to)
                }
                return PDFResult(path: document.pdfPath, pages: entry.pages, seconds: Self.seconds(since: start),
                                 pressPath: PDFVariant.press.path(of: document), cached: true, cacheKey: found)
            }
        }
        if document.pageMultiple > 1 { try pad(document, html: html, scratch: pdf.appendingPathExtension("count")) }
        try run(html, pdf, document: document, subsetFonts: true)
        try run(html, press, document: document, subsetFonts: true, press: true)
        let pages = try Self.pageCount(of: Data(contentsOf: pdf))
        if pages % document.pageMultiple != 0 {
            throw Diagnostic.error("PDF_PAGE_COUNT",
                                   "\(document.pdfPath) 补空白页后仍是 \(pages) 页，不是 \(document.pageMultiple) 的倍数。请检查封底是否超过一页。",
                                   at: SourceLocation(file: document.htmlPath))
        }
        let warnings = try Preflight.check(document, office: pdf, press: press, rules: rules[document.name] ?? PreflightRules())
        if let cache, let key { cache.store(key, office: pdf, press: press, html: html, pages: pages) }
        return PDFResult(path: document.pdfPath, pages: pages, seconds: Self.seconds(since: start),
                         pressPath: PDFVariant.press.path(of: document), warnings: warnings, cacheKey: key)
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
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
        try Data(Self.padded(source, missing: missing).utf8).write(to: html)
    }

    /// `source` with `missing` blank pages: one at each of the last `missing` pad markers
    /// (the built-in brochure has one before the back cover and one before each chapter), so
    /// that no two blank pages follow each other; any left over go before the back cover.
    static func padded(_ source: String, missing: Int) -> String {
        let parts = source.components(separatedBy: PrintDocument.padMarker)
        let markers = parts.count - 1
        guard markers > 0, missing > 0 else { return source }
        let first = markers - min(missing, markers)
        var result = parts[0]
        for marker in 0..<markers {
            var blanks = marker >= first ? 1 : 0
            if marker == markers - 1 { blanks += max(0, missing - markers) }
            result += PrintDocument.padMarker + String(repeating: PrintDocument.padPage, count: blanks) + parts[marker + 1]
        }
        return result
    }

    /// Runs WeasyPrint on one file; its messages go into the error when it fails. The child is
    /// registered with `Interruption`, so Ctrl-C or SIGTERM ends it with the build.
    /// `subsetFonts: false` is several times faster (Noto CJK subsetting dominates) but embeds
    /// whole fonts; it is only used for counting pages.
    func run(_ html: URL, _ pdf: URL, document: PrintDocument, subsetFonts: Bool, press: Bool = false) throws {
        let process = Process()
        process.executableURL = executable
        var arguments = ["--quiet", "--pdf-identifier", document.name, "--optimize-size", subsetFonts ? "fonts" : "none"]
        var stylesheet: URL?
        if press {
            let file = pdf.deletingLastPathComponent().appendingPathComponent(".press-\(document.name).css")
            try Data(PDFVariant.pressStylesheet.utf8).write(to: file)
            stylesheet = file
            arguments += ["-s", file.path]
        }
        defer { if let stylesheet { try? FileManager.default.removeItem(at: stylesheet) } }
        process.arguments = arguments + [html.path, pdf.path]
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
