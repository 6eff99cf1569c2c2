import Foundation

/// One word of a PDF page as pdftotext reports it, in points from the top-left corner.
struct PreflightWord: Sendable, Equatable {
    var text: String
    var xMin: Double, yMin: Double, xMax: Double, yMax: Double

    /// Noto CJK's line box is 1.44 em high: pdftotext's word height divided by this is the
    /// font size in points.
    static let heightPerPoint = 1.44
    var points: Double { (yMax - yMin) / Self.heightPerPoint }
}

/// One page of a PDF: its size (the trim size of a 办公版) and its words, without the
/// 校样 watermark and without the page number.
struct PreflightPage: Sendable, Equatable {
    var number: Int
    var width: Double, height: Double
    var words: [PreflightWord]

    var isBlank: Bool { words.isEmpty }
    var text: String { words.map(\.text).joined() }
}

/// A QR code found on a rasterised page: what it says and its width in millimetres.
struct PreflightQRCode: Sendable, Equatable {
    var page: Int
    var text: String
    /// Nil when the reader cannot tell (zbarimg 0.23 gives no position).
    var millimetres: Double?
}

/// A part of a page that must not hold a large hole: a leaflet panel or a board's text area.
struct PreflightPanel: Sendable, Equatable {
    var page: Int
    /// The panel's number on its page, counted from the left; 0 for a board (its whole text area).
    var number: Int
    /// How editors know it: the panel or board title.
    var title: String
    /// Left and right edge in points.
    var left: Double, right: Double
    /// Text is expected this far inside the top and bottom edge (the panel's padding), in points.
    var inset: Double
}

/// What a print document must satisfy (issue 15's layout rules).
struct PreflightRules: Sendable, Equatable {
    /// Smallest body text in points: the most common text size of every page (but the pages
    /// in `bodyExemptPages`) must reach it. Set per edition in site.yml (`min_body_pt`).
    var minimumBodyPoints = 9.0
    /// Pages whose main text may be smaller (a brochure's front cover: title and commission).
    var bodyExemptPages: Set<Int> = []
    /// Panels (leaflet) or text areas (boards) checked for holes.
    var panels: [PreflightPanel] = []
    /// The largest share of a panel's height that may stay without text.
    var maximumEmpty = 0.25
    /// Smallest share of a page's height its text must span, except for the first and last
    /// page, blank pages and the last page before a heading (the end of a chapter or page).
    var minimumFill = 0.4
    /// Whether the fill rule applies (the leaflet's panels are checked by their own tests).
    var checksFill = true
    /// Text must keep this distance from the trim edge.
    var textInsideTrimMillimetres = 5.0
    /// Each QR code is at least this wide and decodes.
    var minimumQRMillimetres = 20.0
    /// Phrases that only make sense on a screen.
    var webPhrases = ["点击", "本页下方", "链接"]
}

extension PreflightRules {
    /// The rules of a document under the site's `print:` settings: the body size of its
    /// edition (`min_body_pt`: villages 12 pt, boards 28 pt by default); every leaflet panel
    /// but the cover, and every board's text area, without a hole over 25 %; the notice
    /// sheets (one notice a page, as issued) and the leaflet (its panels instead) are not
    /// checked for page fill.
    init(for document: PrintDocument, config: PrintConfig) {
        self.init()
        let mm = Preflight.pointsPerMillimetre
        let bleed = config.hasBleed ? PrintConfig.bleedMillimetres * mm : 0
        switch document.kind {
        case .brochure:
            minimumBodyPoints = config.editions.first { $0.audience.rawValue == document.name }?.minimumBodyPoints ?? 9
            bodyExemptPages = [1]
        case .leaflet:
            checksFill = false
            minimumBodyPoints = config.leafletMinimumBodyPoints
            for (index, block) in config.leafletPanels.enumerated() where block.kind != .cover {
                let side = index / 3, number = index % 3
                let edges = LeafletLayout.panels(side: side)[number]
                panels.append(PreflightPanel(page: side + 1, number: number + 1, title: block.title,
                                             left: bleed + edges.left * mm, right: bleed + edges.right * mm,
                                             inset: bleed + LeafletLayout.padding * mm))
            }
        case .board:
            minimumBodyPoints = config.boardMinimumBodyPoints
            if let board = config.boards.first(where: { "board-\($0.id)" == document.name }) {
                panels.append(PreflightPanel(page: 1, number: 0, title: board.title, left: 0,
                                             right: document.mediaSize.points.width, inset: bleed))
            }
        case .notice:
            checksFill = false
        }
    }
}

/// Checks a rendered print document against `PreflightRules` and reports each failure with
/// the document and the page number. Pure: `PreflightReader` gets the pages from the PDF.
enum Preflight {
    static let pointsPerMillimetre = 72.0 / 25.4

    /// The problems of one document; `file` names the PDF in the messages.
    static func problems(file: String, pages: [PreflightPage], codes: [PreflightQRCode], qrLabels: [Int],
                         rules: PreflightRules) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let location = SourceLocation(file: file)
        let body = bodyPoints(pages)
        for page in pages where !rules.bodyExemptPages.contains(page.number) && page.text.count >= minimumBodyCharacters {
            if let size = bodyPoints([page], wholeDocument: true), size + 0.05 < rules.minimumBodyPoints {
                problems.append(.error("PRINT_BODY_TOO_SMALL",
                                       "\(file) 第 \(page.number) 页：正文字号约 \(format(size)) 磅，小于这一版规定的 \(format(rules.minimumBodyPoints)) 磅（site.yml print 设置里的 min_body_pt）。请调大这一版的 text_scale，或检查模板是否把这一页的字设得更小（templates/assets/css/print.css）。",
                                       at: location))
            }
        }
        for panel in rules.panels {
            guard let page = pages.first(where: { $0.number == panel.page }) else { continue }
            let empty = emptyShare(of: panel, on: page)
            if empty > rules.maximumEmpty + 0.005 {
                let place = panel.number > 0 ? "第 \(panel.page) 页第 \(panel.number) 栏“\(panel.title)”" : "第 \(panel.page) 页“\(panel.title)”"
                problems.append(.error("PRINT_PANEL_EMPTY",
                                       "\(file) \(place)有一块约占 \(Int((empty * 100).rounded()))% 高度的空白（最多 \(Int(rules.maximumEmpty * 100))%）。请给这一栏加内容（site.yml print 里这一栏的 pages，或去掉 show: summary），或用这一栏的 text_scale 把字放大。",
                                       at: location))
            }
        }
        var blankRun = 0
        for (index, page) in pages.enumerated() {
            blankRun = page.isBlank ? blankRun + 1 : 0
            if blankRun == 2 {
                problems.append(.error("PRINT_BLANK_PAGES",
                                       "\(file) 第 \(page.number - 1)–\(page.number) 页：连续两页空白。请调整内容（例如增加前言或删减章节），让补空白页不超过一页。",
                                       at: location))
            }
            if rules.checksFill, !page.isBlank, index > 0, index < pages.count - 1,
               !endsASection(index, pages: pages, body: body) {
                let fill = filled(page)
                if fill < rules.minimumFill {
                    problems.append(.error("PRINT_PAGE_UNDERFILLED",
                                           "\(file) 第 \(page.number) 页只用了约 \(Int((fill * 100).rounded()))% 的版面（至少 \(Int(rules.minimumFill * 100))%）。请把后面的内容移到这一页：检查列表或方框是否被设为不能跨页，或删减前一页的内容。",
                                           at: location))
                }
            }
            let inset = rules.textInsideTrimMillimetres * pointsPerMillimetre
            if let word = page.words.first(where: { $0.xMin < inset - 0.5 || $0.yMin < inset - 0.5
                || $0.xMax > page.width - inset + 0.5 || $0.yMax > page.height - inset + 0.5 }) {
                problems.append(.error("PRINT_TEXT_NEAR_TRIM",
                                       "\(file) 第 \(page.number) 页：文字“\(word.text.prefix(12))”离裁切边不到 \(format(rules.textInsideTrimMillimetres)) 毫米，裁切时可能被切掉。请加大页边距或这一块的内边距（templates/assets/css/print.css）。",
                                       at: location))
            }
            for phrase in rules.webPhrases where page.text.contains(phrase) {
                problems.append(.error("PRINT_WEB_PHRASE",
                                       "\(file) 第 \(page.number) 页印有只适合网页的说法“\(phrase)”。纸上不能点击，也没有“本页下方”。请把这句话标为只在网页显示（docs/print.md“网页和印刷品各自的文字”），并写出印刷品上的说法。",
                                       at: location))
            }
        }
        var decoded = Set<Int>()
        for code in codes {
            decoded.insert(code.page)
            if let width = code.millimetres, width + 0.2 < rules.minimumQRMillimetres {
                problems.append(.error("PRINT_QR_TOO_SMALL",
                                       "\(file) 第 \(code.page) 页：二维码只有约 \(format(width)) 毫米宽（至少 \(format(rules.minimumQRMillimetres)) 毫米），手机不易扫出。请在 print.css 里加大 .qr 的宽度。",
                                       at: location))
            }
        }
        for page in qrLabels where !decoded.contains(page) {
            problems.append(.error("PRINT_QR_UNREADABLE",
                                   "\(file) 第 \(page) 页印有“扫码”，但这一页上的二维码无法识别。请检查二维码是否被遮住、裁切或印得太小。",
                                   at: location))
        }
        return problems
    }

    /// A page with fewer characters than this is not checked for its body size (a cover line,
    /// a closing sentence).
    static let minimumBodyCharacters = 40

    /// The most common text size of the pages, weighted by characters (nil without text);
    /// without `wholeDocument` the first and last page (covers) are left out when there are others.
    static func bodyPoints(_ pages: [PreflightPage], wholeDocument: Bool = false) -> Double? {
        var counts: [Int: Int] = [:]
        for page in (wholeDocument ? pages[...] : pages.dropFirst().dropLast()) where !page.isBlank {
            for word in page.words { counts[Int((word.points * 10).rounded()), default: 0] += word.text.count }
        }
        if counts.isEmpty {
            for page in pages { for word in page.words { counts[Int((word.points * 10).rounded()), default: 0] += word.text.count } }
        }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }.map { Double($0.key) / 10 }
    }

    /// The tallest stretch of `panel` (between its top and bottom inset) without a line of
    /// text, as a share of that height: the hole a reader sees. A word belongs to the panel
    /// whose edges hold its middle.
    static func emptyShare(of panel: PreflightPanel, on page: PreflightPage) -> Double {
        let top = panel.inset, bottom = page.height - panel.inset
        guard bottom > top else { return 0 }
        let lines = page.words.filter { ($0.xMin + $0.xMax) / 2 >= panel.left && ($0.xMin + $0.xMax) / 2 < panel.right }
            .map { (max(top, $0.yMin), min(bottom, $0.yMax)) }.sorted { $0.0 < $1.0 }
        var largest = 0.0, reached = top
        for (start, end) in lines {
            largest = max(largest, start - reached)
            reached = max(reached, end)
        }
        largest = max(largest, bottom - reached)
        return largest / (bottom - top)
    }

    /// The share of the page's height between its first and last line of text, measured
    /// inside 15 mm margins (the brochure's).
    static func filled(_ page: PreflightPage) -> Double {
        guard let top = page.words.map(\.yMin).min(), let bottom = page.words.map(\.yMax).max() else { return 0 }
        let usable = max(page.height - 2 * 15 * pointsPerMillimetre, 1)
        return min(1, (bottom - top) / usable)
    }

    /// True when the next page with text (or the end) begins with a heading: this page ends
    /// a chapter or a page, which may stop short.
    static func endsASection(_ index: Int, pages: [PreflightPage], body: Double?) -> Bool {
        guard let next = pages[(index + 1)...].first(where: { !$0.isBlank }) else { return true }
        if next.number == pages.last?.number { return true }
        guard let body, let first = next.words.min(by: { ($0.yMin, $0.xMin) < ($1.yMin, $1.xMin) }) else { return false }
        return first.points >= body * 1.2
    }

    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
