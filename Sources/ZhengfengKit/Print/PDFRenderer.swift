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

/// Turns the staged print HTML into PDFs with WeasyPrint, several documents at a time. Each
/// document is laid out once by zhengfeng's driver (`pdf_driver.py`, see `PDFDriver`), which
/// writes the 印刷版 and, from the same layout, the 办公版. A brochure whose page count is not a
/// multiple of 4 gets blank pages before the back cover (the staged HTML is updated to match)
/// and is laid out again.
public struct PDFRenderer: Sendable {
    /// The `weasyprint` program found (the driver runs with its Python).
    public let executable: URL
    /// SOURCE_DATE_EPOCH passed to WeasyPrint, so the same input gives the same PDF bytes.
    public let epoch: Int
    /// The preflight rules of each document, by document name (documents without use the defaults).
    var rules: [String: PreflightRules] = [:]
    /// The site asks for a bleed (or crop marks) on the 办公版 too: it is laid out on its own
    /// instead of being cut from the 印刷版.
    var officeHasBleed = false

    var command: PDFDriverCommand { PDFDriverCommand(weasyprint: executable) }

    /// Finds WeasyPrint: `ZHENGFENG_WEASYPRINT` (a `weasyprint` program, or a stand-in the tests
    /// use; nil when it names no program), else the one `make pdf` installs beside zhengfeng (`.build/weasyprint-venv`, the
    /// current release from PyPI), else `weasyprint` on PATH (Debian's package); nil when none
    /// is installed. `zhengfeng` is this program's path (tests pass another).
    public init?(epoch: Int, environment: [String: String] = ProcessInfo.processInfo.environment,
                 zhengfeng: URL? = Bundle.main.executableURL) {
        guard let found = Self.find(environment: environment, zhengfeng: zhengfeng) else { return nil }
        self.executable = found
        self.epoch = epoch
    }

    /// The folder name of the virtual environment `make pdf` and `make test` install WeasyPrint into.
    static let venvName = "weasyprint-venv"

    static func find(environment: [String: String], zhengfeng: URL?) -> URL? {
        let manager = FileManager.default
        // A program named here is the only one tried: one that is not there counts as missing.
        if let named = environment["ZHENGFENG_WEASYPRINT"], !named.isEmpty {
            return manager.isExecutableFile(atPath: named) ? URL(fileURLWithPath: named) : nil
        }
        // .build/weasyprint-venv from .build/<triple>/debug/zhengfeng (or release/).
        var folder = zhengfeng?.resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<3 {
            guard let current = folder else { break }
            let candidate = current.appendingPathComponent(venvName).appendingPathComponent("bin/weasyprint")
            if manager.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = current.deletingLastPathComponent()
        }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("weasyprint") }
            .first { manager.isExecutableFile(atPath: $0.path) }
    }

    /// The message when WeasyPrint is missing.
    public static let missingMessage =
        "未找到 WeasyPrint，无法生成 PDF。请在 zhengfeng 的源代码文件夹里运行 make pdf（装好较新的 WeasyPrint，生成快得多），或者 sudo apt-get install weasyprint。网站和印刷品 HTML 已正常生成，不受影响。"

    /// Renders every document inside `root` (the staging folder), both variants, checks them
    /// with the preflight and stores them in `cache`; a document whose inputs are unchanged is
    /// copied from the cache instead. `finished` is told about each document as it is done
    /// (from worker threads). Throws the problems of all failed files together.
    func render(_ documents: [PrintDocument], in root: URL, cache: PDFCache? = nil,
                finished: (@Sendable (PDFResult) -> Void)? = nil) throws -> [PDFResult] {
        if let cache { try FileManager.default.createDirectory(at: cache.directory, withIntermediateDirectories: true) }
        let identity = cache == nil ? "" : try identity(cache: cache)
        let drivers = PDFDriverPool(command, epoch: epoch)
        defer { drivers.close() }
        let outcomes: [Result<PDFResult, DiagnosticsError>] = ParallelMap.map(documents) { document in
            do {
                let result = try render(document, in: root, cache: cache, identity: identity, drivers: drivers)
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

    /// What decides the PDF bytes besides the document: WeasyPrint's version (the driver's
    /// `--version`), the driver itself and the fonts installed (fontconfig's list with each
    /// file's version).
    func identity(cache: PDFCache? = nil) throws -> String {
        let version = try version(rememberedIn: cache)
        let driver = (try? String(contentsOf: PDFDriverCommand.script, encoding: .utf8)) ?? ""
        let fonts = (try? output(of: URL(fileURLWithPath: "/usr/bin/env"), ["fc-list", "--format", "%{file} %{fontversion}\\n"]))
            .map { $0.split(separator: "\n").sorted().joined(separator: "\n") } ?? ""
        return version + "\n" + driver + "\n" + fonts
    }

    /// The name of the file in the PDF cache that remembers WeasyPrint's version.
    static let versionMemo = ".weasyprint-version"

    /// WeasyPrint's version line. Asking it starts Python and imports WeasyPrint (about a
    /// second), on every build that puts cached PDFs back; so it is remembered in `cache`
    /// and asked again only when the program, its Python or the driver changed (path, size,
    /// inode, modification time: an upgrade replaces them).
    func version(rememberedIn cache: PDFCache?) throws -> String {
        let arguments = command.arguments
        let key = ([executable.path] + arguments).map { $0 + " " + (FileStatus($0)?.summary ?? "") }.joined(separator: "\n") + "\n\n"
        let memo = cache?.directory.appendingPathComponent(Self.versionMemo)
        if let memo, let text = try? String(contentsOf: memo, encoding: .utf8), text.hasPrefix(key) {
            return String(text.dropFirst(key.count))
        }
        let version = try output(of: URL(fileURLWithPath: arguments[0]), Array(arguments.dropFirst()) + ["--version"])
        if let memo, !version.isEmpty {
            try? Data((key + version).utf8).write(to: memo, options: .atomic)
        }
        return version
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

    func render(_ document: PrintDocument, in root: URL, cache: PDFCache?, identity: String,
                drivers: PDFDriverPool) throws -> PDFResult {
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
        let pages = try layOutWithBlankPages(document, html: html, office: pdf, press: press, drivers: drivers,
                                             remembered: cache?.blankPages(of: document.name) ?? 0)
        cache?.rememberBlankPages(pages.blanks, of: document.name)
        guard pages.written else {
            throw Diagnostic.error("PDF_PAGE_COUNT",
                                   "\(document.pdfPath) 补空白页后仍是 \(pages.count) 页，不是 \(document.pageMultiple) 的倍数。请检查封底是否超过一页。",
                                   at: SourceLocation(file: document.htmlPath))
        }
        let count = pages.count
        let warnings = try Preflight.check(document, office: pdf, press: press, rules: rules[document.name] ?? PreflightRules())
        if let cache, let key { cache.store(key, office: pdf, press: press, html: html, pages: count) }
        return PDFResult(path: document.pdfPath, pages: count, seconds: Self.seconds(since: start),
                         pressPath: PDFVariant.press.path(of: document), warnings: warnings, cacheKey: key)
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    /// Lays the document out once and writes both PDFs; nothing is written when the page count
    /// is not a multiple of the document's (`written` false: blank pages are needed first).
    func layOut(_ document: PrintDocument, html: URL, office: URL, press: URL,
                drivers: PDFDriverPool) throws -> (count: Int, written: Bool) {
        let job: [String: Any] = [
            "html": html.path, "office": office.path, "press": press.path, "identifier": document.name,
            "press_css": PDFVariant.pressStylesheet, "multiple": document.pageMultiple, "office_layout": officeHasBleed,
        ]
        let answer: [String: Any]
        do {
            answer = try drivers.with { try $0.send(job) }
        } catch let stopped as PDFDriver.DriverStopped {
            throw failure(document, stopped.description)
        }
        if let message = answer["error"] as? String { throw failure(document, message) }
        guard let count = answer["pages"] as? Int, let written = answer["written"] as? Bool else {
            throw failure(document, "\(answer)")
        }
        return (count, written)
    }

    /// Lays the document out with the blank pages it needs to fill its last sheet. The count
    /// `remembered` from the last render is tried first: when the page count did not change,
    /// one layout instead of two. Each blank page adds exactly one page (`.pad-page` starts a
    /// page and what follows its marker starts one anyway), so a remembered count that gives a
    /// whole number of sheets is the count a fresh render finds, and the bytes are the same.
    /// `layouts` says how many layouts it took.
    func layOutWithBlankPages(_ document: PrintDocument, html: URL, office: URL, press: URL, drivers: PDFDriverPool,
                              remembered: Int) throws -> (count: Int, written: Bool, blanks: Int, layouts: Int) {
        var layouts = 0
        if remembered > 0, remembered < document.pageMultiple {
            let source = try String(contentsOf: html, encoding: .utf8)
            if source.contains(PrintDocument.padMarker) {
                try Data(Self.padded(source, missing: remembered).utf8).write(to: html)
                let pages = try layOut(document, html: html, office: office, press: press, drivers: drivers)
                layouts += 1
                if pages.written { return (pages.count, true, remembered, layouts) }
                try Data(source.utf8).write(to: html)
            }
        }
        var pages = try layOut(document, html: html, office: office, press: press, drivers: drivers)
        layouts += 1
        var blanks = 0
        if pages.written == false {
            blanks = try pad(document, html: html, pages: pages.count)
            pages = try layOut(document, html: html, office: office, press: press, drivers: drivers)
            layouts += 1
        }
        return (pages.count, pages.written, blanks, layouts)
    }

    func failure(_ document: PrintDocument, _ message: String) -> Diagnostic {
        let text = message.split(separator: "\n").suffix(5).joined(separator: "\n")
        return Diagnostic.error("PDF_FAILED", "WeasyPrint 生成 \(document.pdfPath) 失败：\(text)",
                                at: SourceLocation(file: document.htmlPath))
    }

    /// Inserts the blank pages a document of `pages` pages needs at the pad marker; returns
    /// how many.
    @discardableResult
    func pad(_ document: PrintDocument, html: URL, pages: Int) throws -> Int {
        let missing = (document.pageMultiple - pages % document.pageMultiple) % document.pageMultiple
        guard missing > 0 else { return 0 }
        let source = try String(contentsOf: html, encoding: .utf8)
        guard source.contains(PrintDocument.padMarker) else {
            throw Diagnostic.error("PDF_PAD_MARKER",
                                   "\(document.htmlPath) 共 \(pages) 页，不是 \(document.pageMultiple) 的倍数，但模板里没有 \(PrintDocument.padMarker) 标记，无法补空白页。请在封底之前加上这一行。",
                                   at: SourceLocation(file: document.htmlPath))
        }
        try Data(Self.padded(source, missing: missing).utf8).write(to: html)
        return missing
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
}
