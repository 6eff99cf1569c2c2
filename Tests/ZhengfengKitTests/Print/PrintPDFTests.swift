import Foundation
import Testing
@testable import ZhengfengKit

/// The shipped site built once with `--pdf` for the whole suite (WeasyPrint takes most of a
/// minute), then checked with poppler-utils and zbar-tools the way a print shop would.
enum PrintedSite {
    static let output = FileManager.default.temporaryDirectory
        .appendingPathComponent("zhengfeng-print-\(getpid())", isDirectory: true)

    static let report: Result<BuildReport, Error> = Result {
        atexit {
            try? FileManager.default.removeItem(at: PrintedSite.output)
            try? FileManager.default.removeItem(at: PDFCache(output: PrintedSite.output).directory)
        }
        var options = BuildOptions(siteDirectory: ShippedSite.root, outputDirectory: output,
                                   now: PageDate(timestamp: 1_790_000_000))
        options.pdf = true
        return try SiteBuilder(options: options).build()
    }

    static func pdf(_ name: String) throws -> String {
        let report = try report.get()
        if let problem = report.pdfProblem { throw problem }
        return output.appendingPathComponent("print/\(name).pdf").path
    }

    /// The shipped site's `print:` settings, as the build read them.
    static func printConfig() throws -> PrintConfig {
        let text = try String(contentsOf: ShippedSite.root.appendingPathComponent("content/site.yml"), encoding: .utf8)
        return try #require(SiteConfig.parse(text, file: "content/site.yml").0?.print)
    }

    /// The document of the shipped site named `name` (`leaflet`, `board-rights` …).
    static func document(_ name: String) throws -> PrintDocument {
        let report = try report.get()
        return try #require(report.printDocuments.first { $0.name == name })
    }

    static let brochures = Audience.allCases.map(\.rawValue)
    static let all = brochures + ["leaflet", "board-scope", "board-rights", "board-scope-check", "notices", "board-case-notices"]
}

/// Runs a command-line tool (found on PATH) and returns its standard output; fails when it cannot run.
func tool(_ name: String, _ arguments: [String]) throws -> String {
    let result = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), [name] + arguments)
    guard result.status == 0 else {
        throw Diagnostic.error("TOOL", "\(name) \(arguments.joined(separator: " ")) exited with \(result.status): \(result.stderr)",
                               at: SourceLocation(file: name))
    }
    return result.stdout
}

/// The text of a PDF with line breaks and spaces removed (pdftotext breaks lines mid-phrase).
func pdfText(_ path: String, arguments: [String] = []) throws -> String {
    try tool("pdftotext", arguments + [path, "-"]).filter { !$0.isWhitespace }
}

/// A Python program that prints one line per form XObject of the PDF named by its argument:
/// its object number, `text` or `no-text` (whether its content uses BT, Tf, Do or sh), and
/// `fonts` when its resources have a /Font entry. It reads WeasyPrint's output: uncompressed
/// object headers, Flate streams, object streams; other PDFs may need more.
let pdfFormReader = #"""
import re, sys, zlib
data = open(sys.argv[1], 'rb').read()
objects, position = {}, 0
header = re.compile(rb'(\d+) 0 obj')
while (match := header.search(data, position)):
    start = match.end()
    ends = [end for end in (data.find(b'stream', start), data.find(b'endobj', start)) if end >= 0]
    end = min(ends)
    head, stream = data[start:end], None
    position = end + 6
    if data[end:end + 6] == b'stream':
        begin = end + 6 + (2 if data[end + 6:end + 8] == b'\r\n' else 1)
        length = int(re.search(rb'/Length (\d+)', head).group(1))
        stream = data[begin:begin + length]
        if b'/FlateDecode' in head:
            stream = zlib.decompress(stream)
        position = begin + length
    objects[int(match.group(1))] = (head, stream)
for head, stream in list(objects.values()):
    if b'/Type /ObjStm' in head:
        count, first = (int(re.search(name + rb' (\d+)', head).group(1)) for name in (rb'/N', rb'/First'))
        numbers = [int(value) for value in stream[:first].split()]
        for index in range(count):
            begin = first + numbers[2 * index + 1]
            end = first + numbers[2 * index + 3] if index + 1 < count else len(stream)
            objects[numbers[2 * index]] = (stream[begin:end], None)
for number, (head, stream) in sorted(objects.items()):
    if b'/Subtype /Form' not in head:
        continue
    text = re.search(rb'(?<![A-Za-z])(BT|Tf|Do|sh)(?![A-Za-z])', stream)
    reference = re.search(rb'/Resources (\d+) 0 R', head)
    resources = objects[int(reference.group(1))][0] if reference else head[head.find(b'/Resources'):]
    print(number, 'text' if text else 'no-text', 'fonts' if b'/Font' in resources else 'none')
"""#

func pdfInfo(_ path: String) throws -> [String: String] {
    var info: [String: String] = [:]
    for line in try tool("pdfinfo", [path]).split(separator: "\n") {
        guard let colon = line.firstIndex(of: ":") else { continue }
        info[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    return info
}

@Suite(.serialized) struct PrintPDFTests {
    @Test func everyPrintPageHasAPDFWithItsTimeReported() throws {
        let report = try PrintedSite.report.get()
        #expect(report.pdfProblem == nil)
        #expect(Set(report.pdfs.map(\.path)) == Set(PrintedSite.all.map { "print/\($0).pdf" }))
        #expect(report.pdfs.allSatisfy { $0.seconds > 0 && $0.pages > 0 })
        for name in PrintedSite.all { #expect(FileManager.default.fileExists(atPath: try PrintedSite.pdf(name))) }
    }

    @Test func pageSizesAreExact() throws {
        for name in PrintedSite.all {
            let info = try pdfInfo(try PrintedSite.pdf(name))
            let expected: PaperSize = name.hasPrefix("board") ? PaperSize(width: 600, height: 900)
                : name == "leaflet" ? .a4Landscape : name == "notices" ? .a4 : .a5
            let (width, height) = expected.points
            let numbers = (info["Page size"] ?? "").split(separator: " ").compactMap { Double($0) }
            #expect(numbers.count == 2, "\(name): \(info["Page size"] ?? "?")")
            if numbers.count == 2 {
                #expect(abs(numbers[0] - width) < 0.01 && abs(numbers[1] - height) < 0.01,
                        "\(name): \(numbers) ≠ \(width) x \(height)")
            }
        }
    }

    @Test func brochuresAreSaddleStitchable() throws {
        for name in PrintedSite.brochures {
            let pages = Int(try pdfInfo(try PrintedSite.pdf(name))["Pages"] ?? "") ?? 0
            #expect(pages >= 8 && pages % 4 == 0, "\(name) has \(pages) pages")
            // The back cover stays last: the channels and the commission are on the final page.
            let last = try pdfText(try PrintedSite.pdf(name), arguments: ["-f", "\(pages)", "-l", "\(pages)"])
            #expect(last.contains("举报途径") && last.contains("12388"))
        }
        #expect(try pdfInfo(try PrintedSite.pdf("leaflet"))["Pages"] == "2")
        #expect(try pdfInfo(try PrintedSite.pdf("board-scope"))["Pages"] == "1")
        #expect(try pdfInfo(try PrintedSite.pdf("board-rights"))["Pages"] == "1")
        #expect(try pdfInfo(try PrintedSite.pdf("board-scope-check"))["Pages"] == "1", "the flowchart fits one board")
    }

    @Test func metadataAndEmbeddedCJKFonts() throws {
        for name in PrintedSite.all {
            let path = try PrintedSite.pdf(name)
            let info = try pdfInfo(path)
            #expect(info["Author"] == "中共咸阳市秦都区纪律检查委员会 咸阳市秦都区监察委员会")
            #expect(!(info["Title"] ?? "").isEmpty)
            let fonts = try tool("pdffonts", [path]).split(separator: "\n").dropFirst(2)
            #expect(fonts.contains { $0.contains("Noto-Serif-CJK-SC") || $0.contains("Noto-Sans-CJK-SC") })
            // Columns: name type encoding emb sub uni …: every font is embedded, as bare CFF
            // (poppler unpacks an OpenType file again on every page: see pdf_driver.py).
            for line in fonts {
                let columns = line.split(separator: " ", omittingEmptySubsequences: true)
                #expect(columns.count >= 7 && columns[columns.count - 5] == "yes", "\(name): \(line)")
                #expect(!line.contains("(OT)"), "\(name): \(line)")
            }
        }
        #expect(try pdfInfo(try PrintedSite.pdf("villages"))["Title"] == "信访举报知识手册（进农村）")
    }

    /// WeasyPrint draws each page's crop and fold marks as a form XObject whose resources
    /// name the document's fonts; poppler (preflight, proof sheet, the shop's RIP tools) loads
    /// those fonts once per form. The driver drops them: no form that shows no text has fonts.
    @Test func formsThatShowNoTextCarryNoFonts() throws {
        let report = try PrintedSite.report.get()
        var forms = 0
        for result in report.pdfs {
            for path in [result.path, result.pressPath] {
                let file = PrintedSite.output.appendingPathComponent(path).path
                let lines = try tool("python3", ["-c", pdfFormReader, file]).split(separator: "\n")
                forms += lines.count
                for line in lines where line.hasSuffix(" no-text fonts") {
                    Issue.record("\(path): form \(line.split(separator: " ")[0]) shows no text but has fonts")
                }
            }
        }
        #expect(forms >= PrintedSite.all.count, "every 印刷版 draws its marks as forms")
    }

    @Test func keyTextsArePresent() throws {
        for name in PrintedSite.brochures + ["leaflet"] {
            let text = try pdfText(try PrintedSite.pdf(name))
            for phrase in ["受理范围", "不予受理", "12388", "实名", "诬告陷害"] {
                #expect(text.contains(phrase), "\(name) lacks \(phrase)")
            }
        }
        let scopeBoard = try pdfText(try PrintedSite.pdf("board-scope"))
        #expect(scopeBoard.contains("受理范围") && scopeBoard.contains("不予受理"))
        let rightsBoard = try pdfText(try PrintedSite.pdf("board-rights"))
        #expect(rightsBoard.contains("权利") && rightsBoard.contains("义务"))
        // The self-check flowchart: every question and outcome of data/scope-check.yml, on the
        // board and in every brochure.
        for name in ["board-scope-check"] + PrintedSite.brochures {
            let chart = try pdfText(try PrintedSite.pdf(name)).filter { !$0.isWhitespace }
            for label in ["问题1", "问题9", "结果A", "结果N", "不归纪委监委管"] {
                #expect(chart.contains(label), "\(name) lacks \(label)")
            }
        }
    }

    @Test func pagesOutsideAnEditionsAudienceAreAbsent() throws {
        // content/false-accusation/for-officials.md has audiences: [agencies, enterprises].
        let title = "干部受到不实举报怎么办"
        #expect(try pdfText(try PrintedSite.pdf("agencies")).contains(title))
        #expect(try pdfText(try PrintedSite.pdf("enterprises")).contains(title))
        #expect(!(try pdfText(try PrintedSite.pdf("villages")).contains(title)))
        #expect(!(try pdfText(try PrintedSite.pdf("communities")).contains(title)))
        // News and notices have print: false.
        #expect(!(try pdfText(try PrintedSite.pdf("agencies")).contains("启动会")))
    }

    @Test func printIndexListsEveryEditionWithItsPDFSizeAndPages() throws {
        let report = try PrintedSite.report.get()
        let index = try String(contentsOf: PrintedSite.output.appendingPathComponent("print/index.html"), encoding: .utf8)
        for result in report.pdfs {
            let bytes = try #require(try FileManager.default.attributesOfItem(
                atPath: PrintedSite.output.appendingPathComponent(result.path).path)[.size] as? NSNumber).intValue
            #expect(index.contains("href=\"/\(result.path)\">办公版 PDF（\(PrintIndex.sizeText(bytes))，\(result.pages) 页）</a>"),
                    "\(result.path)")
            let pressBytes = try #require(try FileManager.default.attributesOfItem(
                atPath: PrintedSite.output.appendingPathComponent(result.pressPath).path)[.size] as? NSNumber).intValue
            #expect(index.contains("href=\"/\(result.pressPath)\">印刷版 PDF（\(PrintIndex.sizeText(pressBytes))，含出血和裁切线）</a>"))
        }
        #expect(report.pdfs.count == PrintedSite.all.count)
    }

    @Test func villagesBodyTextIsAtLeast14pt() throws {
        let html = try String(contentsOf: PrintedSite.output.appendingPathComponent("print/villages/page.css"), encoding: .utf8)
        let match = try #require(html.range(of: #"html \{ font-size: ([0-9.]+)pt; \}"#, options: .regularExpression))
        let points = Double(html[match].filter { $0.isNumber || $0 == "." }) ?? 0
        #expect(points >= 14)
    }

    @Test func everyQRCodeDecodesToTheConfiguredURL() throws {
        let expected: Set<String> = ["https://www.12388.gov.cn/", "https://lianzheng.qindu.example/"]
        let scratch = PrintedSite.output.deletingLastPathComponent()
            .appendingPathComponent("zhengfeng-qr-\(getpid())", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let villagesPages = try pdfInfo(try PrintedSite.pdf("villages"))["Pages"] ?? "1"
        // (document, page, resolution): a brochure back cover, the leaflet's outside, a board.
        for (name, page, dpi) in [("villages", villagesPages, "200"), ("leaflet", "1", "200"), ("board-rights", "1", "40")] {
            let prefix = scratch.appendingPathComponent(name).path
            _ = try tool("pdftoppm", ["-r", dpi, "-f", page, "-l", page, "-singlefile", "-png", try PrintedSite.pdf(name), prefix])
            let decoded = try tool("zbarimg", ["--raw", "-q", prefix + ".png"])
                .split(separator: "\n").map(String.init)
            #expect(Set(decoded) == expected, "\(name): \(decoded)")
            #expect(decoded.count == 2, "\(name): \(decoded)")
        }
    }

    /// The suite's build has no `--release`: a proof, so every page of every PDF carries the
    /// 校样 watermark (pdftotext separates pages with a form feed; `-raw` keeps the rotated
    /// watermark's characters in drawing order). The watermark must not change the first
    /// page's layout: a brochure cover still has no page number.
    @Test func everyPageOfAProofPDFCarriesTheWatermark() throws {
        for name in PrintedSite.all {
            let path = try PrintedSite.pdf(name)
            let pages = try tool("pdftotext", ["-raw", path, "-"]).split(separator: "\u{0C}", omittingEmptySubsequences: false)
                .map { $0.filter { !$0.isWhitespace } }.filter { !$0.isEmpty }
            let count = Int(try pdfInfo(path)["Pages"] ?? "") ?? 0
            #expect(pages.count == count, "\(name): \(pages.count) pages with text, \(count) pages")
            for (index, text) in pages.enumerated() where !text.contains("校样") {
                Issue.record("\(name) page \(index + 1) has no 校样 watermark")
            }
            if PrintedSite.brochures.contains(name) {
                let cover = try pdfText(path, arguments: ["-f", "1", "-l", "1"])
                #expect(cover.last?.isNumber == false, "\(name): the cover has a page number: \(cover)")
            }
        }
    }

    /// The 印刷版 is the same layout with 3 mm bleed on every side: its MediaBox is 6 mm larger
    /// than the 办公版's and its TrimBox is the finished size.
    @Test func thePressVariantHasBleedAndTheTrimSize() throws {
        for name in ["villages", "leaflet"] {
            let report = try PrintedSite.report.get()
            let result = try #require(report.pdfs.first { $0.path == "print/\(name).pdf" })
            #expect(result.pressPath == "print/\(name)-press.pdf")
            let press = PrintedSite.output.appendingPathComponent(result.pressPath).path
            let boxes = try tool("pdfinfo", ["-box", press])
            func box(_ label: String, _ text: String) -> [Double] {
                let line = text.split(separator: "\n").first { $0.hasPrefix(label) } ?? ""
                return line.split(separator: " ").compactMap { Double($0) }
            }
            let media = box("MediaBox:", boxes), trim = box("TrimBox:", boxes)
            let office = box("MediaBox:", try tool("pdfinfo", ["-box", try PrintedSite.pdf(name)]))
            let bleed = 3 * 72 / 25.4
            #expect(media.count == 4 && trim.count == 4 && office.count == 4)
            if media.count == 4, trim.count == 4, office.count == 4 {
                #expect(abs((media[2] - media[0]) - (office[2] - office[0]) - 2 * bleed) < 0.5, "\(name): \(media) vs \(office)")
                #expect(abs((trim[2] - trim[0]) - (office[2] - office[0])) < 0.5, "\(name): trim \(trim)")
            }
        }
    }

    /// A plain build after `--pdf` keeps the PDFs (they are still current), and a second
    /// `--pdf` build takes every document from the cache instead of running WeasyPrint.
    @Test func unchangedDocumentsComeFromTheCacheAndSurviveAPlainBuild() throws {
        let before = try PrintedSite.report.get()
        #expect(before.pdfs.allSatisfy { !$0.cached })
        let pdfs = before.pdfs.flatMap { [$0.path, $0.pressPath] }
        let bytes = try pdfs.map { try Data(contentsOf: PrintedSite.output.appendingPathComponent($0)) }
        var options = BuildOptions(siteDirectory: ShippedSite.root, outputDirectory: PrintedSite.output,
                                   now: PageDate(timestamp: 1_790_000_000))
        let plain = try SiteBuilder(options: options).build()
        #expect(plain.pdfs.count == before.pdfs.count && plain.pdfs.allSatisfy(\.cached))
        #expect(try pdfs.map { try Data(contentsOf: PrintedSite.output.appendingPathComponent($0)) } == bytes)
        options.pdf = true
        let again = try SiteBuilder(options: options).build()
        #expect(again.pdfProblem == nil)
        #expect(again.pdfs.count == before.pdfs.count && again.pdfs.allSatisfy(\.cached))
        #expect(try pdfs.map { try Data(contentsOf: PrintedSite.output.appendingPathComponent($0)) } == bytes)
    }

    /// Measured on the rendered pages, not assumed: every QR code of every document is found
    /// by zbarimg and measured at least 20 mm wide (the dark symbol, quiet zone not counted).
    @Test func everyQRCodeIsAtLeast20MillimetresAndDecodes() throws {
        var measured = 0
        for name in PrintedSite.all {
            let path = URL(fileURLWithPath: try PrintedSite.pdf(name))
            for page in try PreflightReader.pages(of: path) where page.text.contains("扫码") {
                let codes = try PreflightReader.qrCodes(in: path, page: page.number)
                #expect(codes.count == 2, "\(name) p.\(page.number): \(codes)")
                for code in codes {
                    let width = try #require(code.millimetres, "\(name) p.\(page.number): \(code.text) not measured")
                    #expect(width >= 20 && width < 200, "\(name) p.\(page.number): \(code.text) is \(width) mm")
                    measured += 1
                }
            }
        }
        // Brochure back covers, the leaflet's channels panel, the boards.
        #expect(measured >= 2 * 7)
    }

    /// The body size of every page reaches its edition's site.yml minimum (villages 12 pt,
    /// boards 28 pt), read from the PDF text sizes; the preflight fails the build otherwise.
    @Test func everyPageReachesItsEditionsMinimumBodySize() throws {
        let config = try PrintedSite.printConfig()
        for name in PrintedSite.all {
            let rules = PreflightRules(for: try PrintedSite.document(name), config: config)
            for page in try PreflightReader.pages(of: URL(fileURLWithPath: try PrintedSite.pdf(name)))
            where !rules.bodyExemptPages.contains(page.number) && page.text.count >= Preflight.minimumBodyCharacters {
                let size = try #require(Preflight.bodyPoints([page], wholeDocument: true))
                #expect(size + 0.05 >= rules.minimumBodyPoints, "\(name) p.\(page.number): \(size) pt < \(rules.minimumBodyPoints)")
            }
        }
        #expect(config.edition(.villages)?.minimumBodyPoints == 12 && config.boardMinimumBodyPoints == 28)
    }

    /// No leaflet panel (but the cover) and no board has a hole over a quarter of its height.
    @Test func leafletPanelsAndBoardsAreBalanced() throws {
        let config = try PrintedSite.printConfig()
        var checked = 0
        for name in ["leaflet", "board-scope", "board-rights"] {
            let rules = PreflightRules(for: try PrintedSite.document(name), config: config)
            let pages = try PreflightReader.pages(of: URL(fileURLWithPath: try PrintedSite.pdf(name)))
            for panel in rules.panels {
                let page = try #require(pages.first { $0.number == panel.page })
                let empty = Preflight.emptyShare(of: panel, on: page)
                #expect(empty <= 0.25, "\(name) p.\(panel.page) panel \(panel.number) “\(panel.title)”: \(Int(empty * 100))% empty")
                checked += 1
            }
        }
        #expect(checked == 5 + 2)
    }

    /// The roll fold: outside 97 | 100 | 100 mm, inside 100 | 100 | 97 mm (each panel's title
    /// starts 9 mm inside its left edge), and the 印刷版 has a fold mark in the bleed above
    /// and below each fold — dark pixels in the bleed strip at the folds, none between them.
    @Test func theLeafletIsARollFoldWithFoldMarksInTheBleed() throws {
        let mm = Preflight.pointsPerMillimetre
        let pages = try PreflightReader.pages(of: URL(fileURLWithPath: try PrintedSite.pdf("leaflet")))
        for (side, titles) in [["诬告陷害要追责", "四种举报途径"], ["这些问题，我们受理", "这些问题，请找对地方", "提倡实名举报"]].enumerated() {
            for (index, title) in titles.enumerated() {
                let first = try #require(pages[side].words.first { title.hasPrefix($0.text) && $0.text.count >= 2 }, "\(title)")
                let expected = LeafletLayout.panels(side: side)[index].left + LeafletLayout.padding
                #expect(abs(first.xMin / mm - expected) < 1.5, "\(title) starts at \(first.xMin / mm) mm, not \(expected)")
            }
        }
        let report = try PrintedSite.report.get()
        let press = PrintedSite.output.appendingPathComponent(try #require(report.pdfs.first { $0.path == "print/leaflet.pdf" }).pressPath)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("zhengfeng-fold-\(getpid())")
        defer { try? FileManager.default.removeItem(atPath: scratch.path + ".pgm") }
        // The top 2.5 mm of the bleed at 600 dpi: a 0.25 pt mark is some 2 pixels wide there.
        let dpi = 600.0
        let strip = (width: Int((LeafletLayout.sheet.width + 2 * PrintConfig.bleedMillimetres) / 25.4 * dpi), height: Int(2.5 / 25.4 * dpi))
        for side in 0..<2 {
            _ = try tool("pdftoppm", ["-r", "600", "-gray", "-f", "\(side + 1)", "-l", "\(side + 1)", "-x", "0", "-y", "0",
                                      "-W", "\(strip.width)", "-H", "\(strip.height)", "-singlefile", press.path, scratch.path])
            let image = try #require(QRFinder(pgm: [UInt8](try Data(contentsOf: URL(fileURLWithPath: scratch.path + ".pgm")))))
            func darkInTopBleed(atMillimetre x: Double) -> Bool {
                let column = Int(((x + PrintConfig.bleedMillimetres) / 25.4 * dpi).rounded())
                return (0..<image.height).contains { row in
                    (-3...3).contains { image.pixels[row * image.width + column + $0] < 128 }
                }
            }
            for fold in LeafletLayout.folds(side: side) {
                #expect(darkInTopBleed(atMillimetre: fold), "side \(side + 1): no fold mark at \(fold) mm")
            }
            #expect(!darkInTopBleed(atMillimetre: 50) && !darkInTopBleed(atMillimetre: 150), "side \(side + 1): marks between the folds")
        }
    }

    /// Nothing printed tells the reader to click or look for something only the website has.
    @Test func noPrintedPageUsesWebOnlyWording() throws {
        for name in PrintedSite.all {
            let text = try pdfText(try PrintedSite.pdf(name))
            for phrase in ["点击", "本页下方", "链接", "详见", "网页", "下载"] {
                #expect(!text.contains(phrase), "\(name) prints “\(phrase)”")
            }
        }
    }

    /// `zhengfeng proof`: every page of every PDF, one image each, on one HTML page.
    @Test func theProofSheetShowsEveryPageOfThePrintRun() throws {
        let report = try PrintedSite.report.get()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhengfeng-proof-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = ProofSheet(pdfDirectory: PrintedSite.output.appendingPathComponent("print"),
                               destination: folder.appendingPathComponent("proof"))
        let documents = try sheet.write()
        #expect(documents.map(\.path) == report.pdfs.map(\.pressPath).sorted())
        let html = try String(contentsOf: folder.appendingPathComponent("proof/index.html"), encoding: .utf8)
        for document in documents {
            let pages = try #require(report.pdfs.first { $0.pressPath == document.path }).pages
            #expect(document.images.count == pages, "\(document.path)")
            for (index, image) in document.images.enumerated() {
                let png = try Data(contentsOf: folder.appendingPathComponent("proof/" + image))
                #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(image) is not a PNG")
                #expect(html.contains("<img src=\"\(image)\" alt=\"\(document.path) 第 \(index + 1) 页\">"))
            }
        }
        // A second run replaces its own folder; a folder with other files is left alone.
        #expect(try sheet.write() == documents)
        try "笔记".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let taken = ProofSheet(pdfDirectory: PrintedSite.output.appendingPathComponent("print"), destination: folder)
        #expect(throws: Diagnostic.self) { try taken.write() }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("notes.txt").path))
        let empty = ProofSheet(pdfDirectory: folder.appendingPathComponent("nothing"), destination: folder.appendingPathComponent("p2"))
        #expect((try? empty.write()) == nil)
    }

    @Test func missingWeasyPrintIsNamedWithTheInstallCommand() {
        #expect(PDFRenderer(epoch: 0, environment: ["PATH": "/nonexistent"], zhengfeng: nil) == nil)
        #expect(PDFRenderer.missingMessage.contains("apt-get install weasyprint"))
    }
}

/// Leaflet panels have a fixed size and clip what does not fit. The end of every panel's
/// text must reach the PDF, so that a panel that grows too long fails here instead of being
/// cut off silently at the print shop.
@Suite(.serialized) struct LeafletClippingTests {
    /// The text of each `<section class="panel …">` of the leaflet HTML, without tags or spaces.
    /// (A test-only reading of zhengfeng's own generated markup, not an HTML parser.)
    static func panelTexts(_ html: String) -> [String] {
        html.components(separatedBy: "<section class=\"panel").dropFirst().map { chunk in
            let section = chunk.components(separatedBy: "</section>").first ?? ""
            var text = "", inTag = false
            for character in section {
                if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
            }
            return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&").filter { !$0.isWhitespace }
        }
    }

    @Test func theLastWordsOfEveryPanelArePrinted() throws {
        let path = try PrintedSite.pdf("leaflet")
        let html = try String(contentsOf: PrintedSite.output.appendingPathComponent("print/leaflet/index.html"), encoding: .utf8)
        let panels = Self.panelTexts(html)
        #expect(panels.count == 6)
        // Three panels on page 1 (outside), three on page 2 (inside), as wide as LeafletLayout says.
        let mm = Preflight.pointsPerMillimetre
        for (index, text) in panels.enumerated() {
            let page = String(index / 3 + 1)
            let edges = LeafletLayout.panels(side: index / 3)[index % 3]
            let printed = try pdfText(path, arguments: ["-f", page, "-l", page, "-r", "72", "-x", String(Int((edges.left * mm).rounded())),
                                                        "-y", "0", "-W", String(Int(((edges.right - edges.left) * mm).rounded())), "-H", "596"])
            let tail = String(text.suffix(8))
            #expect(!tail.isEmpty && printed.contains(tail), "panel \(index + 1) is cut off: “…\(tail)” is not printed in it")
        }
    }
}
