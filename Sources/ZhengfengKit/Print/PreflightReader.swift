import Foundation

/// Reads a rendered PDF for the preflight with poppler-utils and zbar-tools, run as child
/// processes registered with `Interruption` (Ctrl-C ends them with the build):
/// `pdftotext -bbox` for the words and their boxes, `pdffonts` for embedded fonts,
/// `pdfimages -list` for image resolution, `pdftoppm` + `zbarimg` for the QR codes.
enum PreflightReader {
    /// The programs the preflight needs (Debian poppler-utils and zbar-tools).
    static let tools = ["pdftotext", "pdffonts", "pdfimages", "pdftoppm", "zbarimg"]

    /// Resolution of the page images the QR codes are decoded from.
    static let qrDotsPerInch = 150.0

    /// True when every tool is on PATH.
    static func available(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return tools.allSatisfy { tool in
            path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
        }
    }

    /// The pages of a PDF, watermark and page numbers left out.
    static func pages(of pdf: URL) throws -> [PreflightPage] {
        let xml = try run("pdftotext", ["-bbox", "-enc", "UTF-8", pdf.path, "-"])
        var pages: [PreflightPage] = []
        for line in xml.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("<page ") {
                pages.append(PreflightPage(number: pages.count + 1, width: attribute("width", trimmed),
                                           height: attribute("height", trimmed), words: []))
            } else if trimmed.hasPrefix("<word "), !pages.isEmpty,
                      let open = trimmed.firstIndex(of: ">"), let close = trimmed.range(of: "</word>", options: .backwards) {
                let text = unescape(String(trimmed[trimmed.index(after: open)..<close.lowerBound]))
                let word = PreflightWord(text: text, xMin: attribute("xMin", trimmed), yMin: attribute("yMin", trimmed),
                                         xMax: attribute("xMax", trimmed), yMax: attribute("yMax", trimmed))
                let page = pages[pages.count - 1]
                if isWatermark(word) || isPageNumber(word, pageHeight: page.height) { continue }
                pages[pages.count - 1].words.append(word)
            }
        }
        return pages
    }

    /// The proof watermark (校样, drawn rotated: pdftotext reports its characters as words).
    static func isWatermark(_ word: PreflightWord) -> Bool {
        !word.text.isEmpty && word.text.allSatisfy { "校样".contains($0) }
    }

    /// A number alone in the bottom margin.
    static func isPageNumber(_ word: PreflightWord, pageHeight: Double) -> Bool {
        word.text.allSatisfy(\.isNumber) && word.yMin > pageHeight - 20 * Preflight.pointsPerMillimetre
    }

    /// The fonts `pdffonts` lists as not embedded.
    static func unembeddedFonts(in pdf: URL) throws -> [String] {
        try run("pdffonts", [pdf.path]).split(separator: "\n").dropFirst(2).compactMap { line in
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            guard columns.count >= 7 else { return nil }
            return columns[columns.count - 5] == "yes" ? nil : String(columns[0])
        }
    }

    /// (page, dots per inch) of each image printed below `minimum` dpi (`pdfimages -list`).
    static func lowResolutionImages(in pdf: URL, minimum: Double) throws -> [(page: Int, dpi: Int)] {
        try run("pdfimages", ["-list", pdf.path]).split(separator: "\n").dropFirst(2).compactMap { line in
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
            guard columns.count >= 14, let page = Int(columns[0]), columns[2] == "image",
                  let x = Double(columns[12]), let y = Double(columns[13]) else { return nil }
            let dpi = min(x, y)
            return dpi < minimum ? (page, Int(dpi.rounded())) : nil
        }
    }

    /// The QR codes zbarimg finds on `page` of a 150 dpi greyscale image of it, each with its
    /// printed width measured on the same image by `QRFinder` (zbarimg says neither where a
    /// code is nor how large): the widths, smallest first, go to the codes in the order
    /// zbarimg lists them; a code left without a measured width has `millimetres` nil.
    static func qrCodes(in pdf: URL, page: Int) throws -> [PreflightQRCode] {
        let prefix = FileManager.default.temporaryDirectory
            .appendingPathComponent("zhengfeng-qr-\(getpid())-\(pdf.deletingPathExtension().lastPathComponent)-\(page)").path
        let image = prefix + ".pgm"
        let token = Interruption.track(folder: image)
        defer {
            try? FileManager.default.removeItem(atPath: image)
            Interruption.remove(token)
        }
        _ = try run("pdftoppm", ["-r", String(Int(qrDotsPerInch)), "-f", String(page), "-l", String(page),
                                 "-singlefile", "-gray", pdf.path, prefix])
        let decoded = (try? run("zbarimg", ["--raw", "-q", image], allowFailure: true)) ?? ""
        let widths = (FileManager.default.contents(atPath: image).flatMap { QRFinder(pgm: [UInt8]($0)) }?.codeWidths() ?? [])
            .map { $0 / qrDotsPerInch * 25.4 }.sorted()
        return decoded.split(separator: "\n").enumerated().map { index, text in
            PreflightQRCode(page: page, text: String(text), millimetres: index < widths.count ? widths[index] : nil)
        }
    }

    static func attribute(_ name: String, _ line: String) -> Double {
        guard let start = line.range(of: " \(name)=\"") else { return 0 }
        return Double(line[start.upperBound...].prefix { $0 != "\"" }) ?? 0
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Runs a tool found on PATH and returns its standard output.
    static func run(_ tool: String, _ arguments: [String], allowFailure: Bool = false) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try Interruption.launch(process)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        Interruption.finished(process)
        guard allowFailure || process.terminationStatus == 0 else {
            throw Diagnostic.error("PRINT_PREFLIGHT_TOOL", "检查 PDF 时 \(tool) 运行失败（退出码 \(process.terminationStatus)）。请确认已安装 poppler-utils 和 zbar-tools（sudo apt-get install poppler-utils zbar-tools）。",
                                   at: SourceLocation(file: pdf(arguments)))
        }
        return String(decoding: data, as: UTF8.self)
    }

    private static func pdf(_ arguments: [String]) -> String {
        arguments.first { $0.hasSuffix(".pdf") } ?? ""
    }
}

extension Preflight {
    /// Reads both variants of a rendered document and checks them: errors are thrown
    /// together, warnings (low-resolution images) returned. Without the tools the check is
    /// skipped with a warning.
    static func check(_ document: PrintDocument, office: URL, press: URL, rules: PreflightRules) throws -> [Diagnostic] {
        let location = SourceLocation(file: document.pdfPath)
        guard PreflightReader.available() else {
            return [.warning("PRINT_PREFLIGHT_SKIPPED",
                             "没有检查 \(document.pdfPath) 的版面（缺少 poppler-utils 或 zbar-tools）。请安装：sudo apt-get install poppler-utils zbar-tools，再生成一次 PDF。",
                             at: location)]
        }
        let pages = try PreflightReader.pages(of: office)
        let labelled = pages.filter { $0.text.contains("扫码") }.map(\.number)
        var codes: [PreflightQRCode] = []
        for page in labelled {
            codes += try PreflightReader.qrCodes(in: office, page: page)
        }
        var problems = Preflight.problems(file: document.pdfPath, pages: pages, codes: codes, qrLabels: labelled, rules: rules)
        let pressPath = PDFVariant.press.path(of: document)
        for font in try PreflightReader.unembeddedFonts(in: press) {
            problems.append(.error("PRINT_FONT_NOT_EMBEDDED",
                                   "\(pressPath)：字体 \(font) 没有嵌入 PDF，印刷厂可能换成别的字体。请只使用已安装的字体（fonts-noto-cjk），不要在模板里引用系统没有的字体。",
                                   at: SourceLocation(file: pressPath)))
        }
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        return try PreflightReader.lowResolutionImages(in: press, minimum: 300).map { image in
            .warning("PRINT_IMAGE_LOW_RESOLUTION",
                     "\(pressPath) 第 \(image.page) 页：图片按印刷尺寸只有 \(image.dpi) dpi（印刷需要 300 dpi），印出来可能发虚。请换用更大的原图，或把图片印小一些。",
                     at: location)
        }
    }
}
