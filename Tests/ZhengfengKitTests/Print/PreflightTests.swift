import Foundation
import QRCode
import Testing
@testable import ZhengfengKit

/// The preflight rules on pages described in the test (no PDF needed): A5, 10.5 pt body.
@Suite struct PreflightRuleTests {
    static let a5 = (width: 419.5, height: 595.3)
    static let mm = Preflight.pointsPerMillimetre

    /// A page whose text runs from 20 mm down to `bottom` mm, in body-size lines.
    static func page(_ number: Int, to bottom: Double = 180, heading: Bool = false, text: String = "正文") -> PreflightPage {
        var words: [PreflightWord] = []
        var y = 20 * mm
        let line = 10.5 * PreflightWord.heightPerPoint
        if heading {
            words.append(PreflightWord(text: "标题", xMin: 20 * mm, yMin: y, xMax: 60 * mm, yMax: y + 14 * PreflightWord.heightPerPoint))
            y += 14 * PreflightWord.heightPerPoint
        }
        while y + line <= bottom * mm {
            words.append(PreflightWord(text: text, xMin: 20 * mm, yMin: y, xMax: 120 * mm, yMax: y + line))
            y += line
        }
        return PreflightPage(number: number, width: a5.width, height: a5.height, words: words)
    }

    static func blank(_ number: Int) -> PreflightPage {
        PreflightPage(number: number, width: a5.width, height: a5.height, words: [])
    }

    static func codes(_ pages: [PreflightPage], qr: [PreflightQRCode] = [], labels: [Int] = [],
                      rules: PreflightRules = PreflightRules()) -> [String] {
        Preflight.problems(file: "print/x.pdf", pages: pages, codes: qr, qrLabels: labels, rules: rules)
            .map { "\($0.code)@\($0.message.components(separatedBy: "第 ").dropFirst().first?.prefix { $0 != " " } ?? "")" }
    }

    @Test func aWellFilledDocumentPasses() {
        #expect(Self.codes([Self.page(1), Self.page(2), Self.page(3), Self.page(4)]).isEmpty)
    }

    @Test func aHalfEmptyPageInTheMiddleOfAChapterIsNamedByItsNumber() {
        let pages = [Self.page(1), Self.page(2), Self.page(3, to: 50), Self.page(4), Self.page(5)]
        #expect(Self.codes(pages) == ["PRINT_PAGE_UNDERFILLED@3"])
    }

    @Test func theLastPageBeforeAHeadingCoversAndBlanksMayBeShort() {
        let pages = [Self.page(1, to: 30), Self.page(2, to: 50), Self.page(3, heading: true), Self.page(4, to: 50),
                     Self.blank(5), Self.page(6, to: 40)]
        #expect(Self.codes(pages).isEmpty)
    }

    @Test func twoBlankPagesInARowFail() {
        let pages = [Self.page(1), Self.page(2), Self.blank(3), Self.blank(4), Self.page(5)]
        #expect(Self.codes(pages) == ["PRINT_BLANK_PAGES@3–4"])
    }

    @Test func bodyTextBelowTheEditionsMinimumFailsWithThePageNumber() {
        var rules = PreflightRules()
        rules.minimumBodyPoints = 12
        #expect(Self.codes([Self.page(1), Self.page(2), Self.page(3)], rules: rules)
                == ["PRINT_BODY_TOO_SMALL@1", "PRINT_BODY_TOO_SMALL@2", "PRINT_BODY_TOO_SMALL@3"])
        rules.bodyExemptPages = [1]
        #expect(Self.codes([Self.page(1), Self.page(2), Self.page(3)], rules: rules)
                == ["PRINT_BODY_TOO_SMALL@2", "PRINT_BODY_TOO_SMALL@3"])
        rules.minimumBodyPoints = 10.5
        #expect(Self.codes([Self.page(1), Self.page(2), Self.page(3)], rules: rules).isEmpty)
    }

    /// One small back cover among large pages is caught: the size is checked page by page.
    @Test func oneSmallPageAmongLargeOnesFails() {
        var rules = PreflightRules()
        rules.minimumBodyPoints = 10
        var small = Self.page(3)
        small.words = small.words.map { word in
            var word = word
            word.yMax = word.yMin + 9.5 * PreflightWord.heightPerPoint
            return word
        }
        #expect(Self.codes([Self.page(1), Self.page(2), small], rules: rules) == ["PRINT_BODY_TOO_SMALL@3"])
    }

    /// A panel (leaflet) or text area (board) with a hole over 25 % of its height fails with
    /// its page and panel number; the text of the other panels does not fill it.
    @Test func aPanelWithALargeHoleIsNamedByPageAndPanel() {
        var rules = PreflightRules()
        rules.checksFill = false
        let left = PreflightPanel(page: 1, number: 1, title: "左栏", left: 0, right: 60 * Self.mm, inset: 10 * Self.mm)
        let right = PreflightPanel(page: 1, number: 2, title: "右栏", left: 60 * Self.mm, right: Self.a5.width, inset: 10 * Self.mm)
        rules.panels = [left, right]
        // Text in the right panel only, from 20 mm to 195 mm: the left panel is empty.
        var page = Self.page(1, to: 195)
        page.words = page.words.map { word in
            var word = word
            word.xMin = 70 * Self.mm
            return word
        }
        #expect(Self.codes([page], rules: rules) == ["PRINT_PANEL_EMPTY@1"])
        let message = Preflight.problems(file: "print/x.pdf", pages: [page], codes: [], qrLabels: [], rules: rules).first?.message ?? ""
        #expect(message.contains("第 1 页第 1 栏“左栏”"))
        // Text down to 140 mm of 200 usable: a 30 % hole at the bottom.
        rules.panels = [right]
        #expect(Self.codes([page], rules: rules).isEmpty)
        var short = Self.page(1, to: 140)
        short.words = short.words.map { word in
            var word = word
            word.xMin = 70 * Self.mm
            return word
        }
        #expect(Self.codes([short], rules: rules) == ["PRINT_PANEL_EMPTY@1"])
    }

    @Test func textCloserThanFiveMillimetresToTheTrimFails() {
        var near = Self.page(2)
        near.words.append(PreflightWord(text: "页脚", xMin: 20 * Self.mm, yMin: Self.a5.height - 4 * Self.mm,
                                        xMax: 40 * Self.mm, yMax: Self.a5.height - 1 * Self.mm))
        #expect(Self.codes([Self.page(1), near, Self.page(3)]) == ["PRINT_TEXT_NEAR_TRIM@2"])
    }

    @Test func smallOrMissingQRCodesFail() {
        let pages = [Self.page(1), Self.page(2), Self.page(3)]
        #expect(Self.codes(pages, qr: [PreflightQRCode(page: 3, text: "https://a/", millimetres: 24)], labels: [3]).isEmpty)
        #expect(Self.codes(pages, qr: [PreflightQRCode(page: 3, text: "https://a/", millimetres: 15)], labels: [3])
                == ["PRINT_QR_TOO_SMALL@3"])
        #expect(Self.codes(pages, labels: [3]) == ["PRINT_QR_UNREADABLE@3"])
    }

    @Test func webOnlyPhrasesInPrintFail() {
        let pages = [Self.page(1), Self.page(2, text: "见本页下方举报途径"), Self.page(3)]
        #expect(Self.codes(pages) == ["PRINT_WEB_PHRASE@2"])
    }

    @Test func shippedEditionsGetTheirMinimumSizesAndSiteYMLChangesThem() throws {
        func document(_ name: String, _ kind: PrintDocument.Kind) -> PrintDocument {
            PrintDocument(name: name, kind: kind, title: "", author: "", htmlPath: "print/\(name)/index.html",
                          pdfPath: "print/\(name).pdf", mediaSize: .a5)
        }
        var config = PrintConfig()
        #expect(PreflightRules(for: document("villages", .brochure), config: config).minimumBodyPoints == 12)
        #expect(PreflightRules(for: document("agencies", .brochure), config: config).minimumBodyPoints == 9)
        #expect(PreflightRules(for: document("board-rights", .board), config: config).minimumBodyPoints == 28)
        let leaflet = PreflightRules(for: document("leaflet", .leaflet), config: config)
        #expect(leaflet.checksFill == false)
        // Five panels checked (not the cover), the inside flap 97 mm wide at the right.
        #expect(leaflet.panels.count == 5)
        let flap = try #require(leaflet.panels.last)
        #expect(flap.page == 2 && flap.number == 3)
        #expect(abs((flap.right - flap.left) - 97 * Self.mm) < 0.01)
        #expect(PreflightRules(for: document("board-rights", .board), config: config).panels.count == 1)
        let base = "title: 清风\nbase_url: https://example.gov.cn/\n"
        let (site, problems) = SiteConfig.parse(base + """
            print:
              editions:
                villages:
                  min_body_pt: 14
              boards:
                min_body_pt: 30
            """, file: "content/site.yml")
        #expect(problems.isEmpty)
        config = try #require(site?.print)
        #expect(PreflightRules(for: document("villages", .brochure), config: config).minimumBodyPoints == 14)
        #expect(PreflightRules(for: document("board-rights", .board), config: config).minimumBodyPoints == 30)
        let bad = SiteConfig.parse(base + "print:\n  leaflet:\n    min_body_pt: 2\n", file: "content/site.yml").1
        #expect(bad.map(\.code) == ["PRINT_MIN_BODY"])
    }
}

/// The roll fold: the flap that folds in is 3 mm narrower, on the left outside and on the
/// right inside; the folds sit between the panels.
@Suite struct LeafletLayoutTests {
    @Test func panelWidthsAndFoldsFollowTheRollFold() {
        #expect(LeafletLayout.widths == [[97, 100, 100], [100, 100, 97]])
        #expect(LeafletLayout.widths.allSatisfy { $0.reduce(0, +) == LeafletLayout.sheet.width })
        #expect(LeafletLayout.folds(side: 0) == [97, 197])
        #expect(LeafletLayout.folds(side: 1) == [100, 200])
        let css = LeafletLayout.css(cover: 2)
        #expect(css.contains(".side-1 > .panel:nth-of-type(1) { width: 97mm; }"))
        #expect(css.contains(".side-2 > .fold-mark-2 { left: 200mm; }"))
        // The cover (outside right) runs 3 mm into the bleed at the right edge.
        #expect(css.contains(".side-1 > .cover-bleed { left: 197mm; width: 103mm; }"))
    }
}

/// QR codes are measured on the page image by their finder patterns.
@Suite struct QRFinderTests {
    /// A page image with a QR code drawn from libqrencode's modules at `module` pixels each.
    static func image(text: String, module: Int, margin: Int = 40) throws -> QRFinder {
        let code = try #require(QRCode(text))
        let size = code.size * module + 2 * margin
        var pixels = [UInt8](repeating: 255, count: size * size)
        for row in 0..<code.size { for column in 0..<code.size where code.isDark(row: row, column: column) {
            for y in 0..<module { for x in 0..<module {
                pixels[(margin + row * module + y) * size + margin + column * module + x] = 0
            } }
        } }
        return QRFinder(width: size, height: size, pixels: pixels)
    }

    @Test func theWidthOfACodeIsItsModulesTimesTheirSize() throws {
        let finder = try Self.image(text: "https://www.12388.gov.cn/", module: 5)
        let code = try #require(QRCode("https://www.12388.gov.cn/"))
        let widths = finder.codeWidths()
        #expect(widths.count == 1, "\(finder.finders())")
        #expect(abs((widths.first ?? 0) - Double(code.size * 5)) <= 2, "\(widths) vs \(code.size * 5)")
    }

    @Test func aPageWithoutACodeHasNone() {
        #expect(QRFinder(width: 50, height: 50, pixels: [UInt8](repeating: 255, count: 2500)).codeWidths().isEmpty)
    }

    @Test func aBinaryPGMIsRead() throws {
        let header = Array("P5\n3 2\n255\n".utf8)
        let finder = try #require(QRFinder(pgm: header + [0, 255, 0, 255, 0, 255]))
        #expect(finder.width == 3 && finder.height == 2 && finder.pixels == [0, 255, 0, 255, 0, 255])
        #expect(QRFinder(pgm: Array("P6\n1 1\n255\n".utf8) + [0, 0, 0]) == nil)
    }
}

@Suite struct PDFCacheTests {
    static let document = PrintDocument(name: "villages", kind: .brochure, title: "手册", author: "纪委",
                                         htmlPath: "print/villages/index.html", pdfPath: "print/villages.pdf", mediaSize: .a5)

    @Test func sha256MatchesTheStandardVectors() {
        var empty = SHA256()
        empty.update([UInt8]())
        #expect(empty.hex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        var abc = SHA256()
        abc.update("abc".utf8)
        #expect(abc.hex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        var long = SHA256()
        long.update("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(long.hex() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func theKeyFollowsTheHTMLAndEveryFileItRefersTo() {
        let html = "<link rel=\"stylesheet\" href=\"../../assets/css/print.css\"><link href=\"page.css\"><img src=\"../../scope/a%20b.png\"><a href=\"https://x/\">"
        var files = ["assets/css/print.css": Data("a".utf8), "print/villages/page.css": Data("b".utf8),
                     "scope/a b.png": Data("c".utf8)]
        func key(_ html: String, renderer: String = "WeasyPrint 57.2") -> String {
            PDFInputs.key(Self.document, html: html, renderer: renderer, epoch: 0) { files[$0] }
        }
        let first = key(html)
        #expect(key(html) == first)
        #expect(key(html + " ") != first)
        #expect(key(html, renderer: "WeasyPrint 66.0") != first)
        for path in ["assets/css/print.css", "print/villages/page.css", "scope/a b.png"] {
            let old = files[path]
            files[path] = Data("changed".utf8)
            #expect(key(html) != first, "\(path) is not part of the key")
            files[path] = old
        }
        #expect(key(html) == first)
    }

    @Test func storedEntriesAreFoundAndOldOnesPrunedWhileBlankPagesStayRemembered() throws {
        let folder = TestSites.temporaryDirectory("pdf-cache")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = PDFCache(output: folder.appendingPathComponent("output"))
        try FileManager.default.createDirectory(at: cache.directory, withIntermediateDirectories: true)
        let source = folder.appendingPathComponent("x.pdf")
        try Data("%PDF".utf8).write(to: source)
        #expect(cache.entry("k1") == nil)
        for key in ["k1", "k2", "k3"] { cache.store(key, office: source, press: source, html: source, pages: 8) }
        #expect(cache.entry("k1")?.pages == 8)
        #expect(cache.blankPages(of: "villages") == 0)
        cache.rememberBlankPages(3, of: "villages")
        cache.prune(keep: ["k1"], spare: 0)
        #expect(cache.entry("k1") != nil && cache.entry("k2") == nil && cache.entry("k3") == nil)
        #expect(cache.blankPages(of: "villages") == 3, "pruning keeps the remembered blank pages")
        #expect(cache.directory.lastPathComponent == ".zhengfeng-pdf-cache-output")
    }
}

@Suite struct PaddingTests {
    static let marker = PrintDocument.padMarker, blank = PrintDocument.padPage

    @Test func blankPagesGoOneAtATimeBeforeTheBackCoverAndTheLastChapters() {
        let source = "A\(Self.marker)B\(Self.marker)C\(Self.marker)D"
        #expect(PDFRenderer.padded(source, missing: 1) == "A\(Self.marker)B\(Self.marker)C\(Self.marker)\(Self.blank)D")
        #expect(PDFRenderer.padded(source, missing: 3)
                == "A\(Self.marker)\(Self.blank)B\(Self.marker)\(Self.blank)C\(Self.marker)\(Self.blank)D")
        #expect(PDFRenderer.padded(source, missing: 0) == source)
    }

    @Test func withOneMarkerEveryBlankPageGoesThere() {
        #expect(PDFRenderer.padded("A\(Self.marker)B", missing: 2) == "A\(Self.marker)\(Self.blank)\(Self.blank)B")
    }
}

/// The reader on one small PDF WeasyPrint makes in the test (A6, three pages): words and
/// page sizes from pdftotext, the watermark and page numbers left out, the QR code decoded,
/// and the rules then name the pages that break them.
@Suite struct PreflightReaderTests {
    @Test func aRenderedPDFIsReadAndItsFaultsAreNamedByPage() throws {
        let folder = TestSites.temporaryDirectory("preflight")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let qr = try #require(QRCode("https://www.12388.gov.cn/", correction: .quartile)).svg()
        let html = """
            <!doctype html><html lang="zh"><head><meta charset="utf-8"><style>
            @page { size: 105mm 148mm; margin: 15mm; @bottom-center { content: counter(page); } }
            body { font-family: "Noto Serif CJK SC"; font-size: 10.5pt; }
            .qr { width: 30mm; height: 30mm; } .edge { margin-left: -15mm; }
            .break { break-before: page; } .mark { position: fixed; top: 50mm; left: 20mm; font-size: 30pt; }
            </style></head><body>
            <p class="mark">校样</p>
            <p>第一页正文。</p>
            <p class="break">第二页只有一句话。</p><p class="edge">贴边文字</p>
            <div class="break"><p>扫码网上举报</p>\(qr)</div>
            <p class="break">封底。</p>
            </body></html>
            """
        let source = folder.appendingPathComponent("x.html"), pdf = folder.appendingPathComponent("x.pdf")
        try Data(html.utf8).write(to: source)
        _ = try tool("weasyprint", ["--quiet", source.path, pdf.path])
        let pages = try PreflightReader.pages(of: pdf)
        #expect(pages.count == 4)
        #expect(abs((pages.first?.width ?? 0) - 105 * Preflight.pointsPerMillimetre) < 0.5)
        #expect(pages.map(\.text) == ["第一页正文。", "第二页只有一句话。贴边文字", "扫码网上举报", "封底。"])
        #expect(pages[0].words.first.map { abs($0.points - 10.5) < 0.3 } == true, "\(pages[0].words)")
        let codes = try PreflightReader.qrCodes(in: pdf, page: 3)
        #expect(codes.map(\.text) == ["https://www.12388.gov.cn/"])
        // Measured on the page image: the 30 mm SVG holds the symbol and a 4-module quiet zone.
        let symbol = try #require(QRCode("https://www.12388.gov.cn/", correction: .quartile)).size
        let expected = 30 * Double(symbol) / Double(symbol + 8)
        let measured = try #require(codes.first?.millimetres)
        #expect(abs(measured - expected) < 0.6, "\(measured) mm, expected \(expected)")
        var rules = PreflightRules()
        rules.minimumBodyPoints = 10
        let problems = Preflight.problems(file: "x.pdf", pages: pages, codes: codes, qrLabels: [3], rules: rules)
        #expect(problems.map(\.code) == ["PRINT_PAGE_UNDERFILLED", "PRINT_TEXT_NEAR_TRIM"], "\(problems)")
        #expect(problems.allSatisfy { $0.message.contains("第 2 页") })
        #expect(Preflight.problems(file: "x.pdf", pages: pages, codes: [], qrLabels: [3], rules: rules)
            .contains { $0.code == "PRINT_QR_UNREADABLE" })
    }
}

/// The villages back cover once printed its channels at 9.5 pt: the back cover's size now
/// follows the edition's minimum body size.
@Suite struct BackCoverSizeTests {
    @Test func theBackCoverGrowsWithTheEditionsMinimumBodySize() {
        #expect(PrintWriter.backCoverPoints(minimumBody: 12) == 13.4)
        #expect((PrintWriter.backCoverPoints(minimumBody: 12) ?? 0) * 0.9 >= 12)
        #expect(PrintWriter.backCoverPoints(minimumBody: 9) == nil)
    }
}
