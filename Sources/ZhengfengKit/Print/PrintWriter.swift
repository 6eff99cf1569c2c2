import Foundation

/// Renders the print editions (brochures, the leaflet, the display boards) with the print
/// templates and writes them into the same output transaction as the web pages.
struct PrintWriter {
    /// The template values of the site; `contexts.site` is the site itself.
    let contexts: TemplateContexts
    let templates: TemplateSet
    let transaction: OutputSink
    /// Where `print:` is configured, for diagnostics.
    let configFile: String

    var site: PublishedSite { contexts.site }

    var config: PrintConfig { site.config.print }

    var documents: [PrintDocument] { site.printDocuments }

    var commission: String { config.commission(site: site.config) }

    var hasBleed: Bool { config.hasBleed }

    /// Renders and writes every document; content problems (missing pages) are thrown together.
    func writeAll() throws -> [PrintDocument] {
        let selection = PrintSelection(site: site)
        var diagnostics: [Diagnostic] = []
        var rendered: [(PrintDocument, String, String)] = []
        for document in documents {
            let context: [String: Any]
            let template: String
            switch document.kind {
            case .brochure:
                let edition = config.editions.first { $0.audience.rawValue == document.name }!
                let (chapters, problems) = selection.chapters(for: edition)
                diagnostics += problems
                context = brochureContext(edition, chapters: chapters, document: document)
                template = "print/brochure"
            case .leaflet:
                var panels: [[String: Any]] = []
                for panel in config.leafletPanels {
                    let (items, problems) = selection.items(for: panel)
                    diagnostics += problems
                    panels.append(blockContext(panel, items: items))
                }
                context = leafletContext(panels: panels, document: document)
                template = "print/leaflet"
            case .board:
                let board = config.boards.first { "board-\($0.id)" == document.name }!
                let (items, problems) = selection.items(for: board)
                diagnostics += problems
                context = boardContext(blockContext(board, items: items), document: document, textScale: board.textScale)
                template = "print/board"
            case .notice:
                continue  // written by NoticePrint
            }
            rendered.append((document, try templates.render(template, context: context, for: configFile),
                             (context["doc"] as? [String: Any])?["page_css"] as? String ?? ""))
        }
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
        for (document, html, pageCSS) in rendered {
            try transaction.write(html, to: document.htmlPath)
            try transaction.write(pageCSS + "\n", to: Self.pageCSSPath(document))
        }
        return documents
    }

    /// The document's own page size and text size, a stylesheet beside its HTML (`page.css`):
    /// no inline style, so the print pages also work under a strict Content-Security-Policy.
    static func pageCSSPath(_ document: PrintDocument) -> String {
        String(document.htmlPath.dropLast("index.html".count)) + "page.css"
    }

    // MARK: Template contexts (typed models become [String: Any] only here)

    func documentContext(_ document: PrintDocument, pageSize: PaperSize, bodyPoints: Double? = nil) -> [String: Any] {
        var pageCSS = "@page { size: \(pageSize.css);"
        if hasBleed { pageCSS += " bleed: \(PaperSize.format(PrintConfig.bleedMillimetres))mm;" }
        if config.cropMarks { pageCSS += " marks: crop;" }
        pageCSS += " }"
        if let bodyPoints { pageCSS += " html { font-size: \(bodyPoints)pt; }" }
        let depth = document.htmlPath.split(separator: "/").count - 1
        return [
            "title": document.title,
            "author": document.author,
            "css": String(repeating: "../", count: depth) + "assets/css/print.css",
            "assets": String(repeating: "../", count: depth) + "assets/",
            "home_href": String(repeating: "../", count: depth) + "index.html",
            "page_css": pageCSS,
            "page_css_href": "page.css",
        ]
    }

    /// The site-wide values (site, channels, data) plus the QR codes and the document's own keys.
    func finish(_ context: [String: Any]) -> [String: Any] {
        var context = context
        context["qr_codes"] = qrCodes
        context["commission"] = commission
        context["year"] = site.now.components.year
        if let tree = site.scopeCheck { context["scope_check"] = ScopeCheckContext.make(tree, site: site) }
        context = TemplateValue.compacted(context)
        context.merge(contexts.shared) { own, _ in own }
        return context
    }

    /// The online reporting address and the website, each with its code.
    var qrCodes: [[String: Any]] {
        var codes: [[String: Any]] = []
        for published in site.channels {
            let channel = published.channel
            if let svg = published.qrCode {
                codes.append(["label": "扫码网上举报", "url": channel.url,
                              "url_display": ChannelContext.displayURL(channel.url), "svg": svg])
            }
        }
        if !site.siteQRCode.isEmpty {
            let svg = site.siteQRCode
            codes.append(["label": "扫码访问\(site.config.title)网站", "url": site.config.baseURL,
                          "url_display": ChannelContext.displayURL(site.config.baseURL), "svg": svg])
        }
        return codes
    }

    func brochureContext(_ edition: EditionConfig, chapters: [PrintChapter], document: PrintDocument) -> [String: Any] {
        var toc: [[String: Any]] = []
        for chapter in chapters {
            toc.append(["title": chapter.title, "anchor": chapter.anchor, "is_chapter": true])
            for item in chapter.items where chapter.items.count > 1 || chapter.intro != nil {
                toc.append(["title": item.title, "anchor": item.anchor, "is_chapter": false])
            }
        }
        let foreword = edition.foreword.components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
            // A short first line ending in a colon (乡亲们：) is a salutation: not indented.
            .map { ["text": $0, "salutation": $0.hasSuffix("：") && $0.count <= 20] as [String: Any] }
        var doc = documentContext(document, pageSize: config.pageSize, bodyPoints: edition.bodyPoints)
        if let back = Self.backCoverPoints(minimumBody: edition.minimumBodyPoints) {
            doc["page_css"] = (doc["page_css"] as? String ?? "") + " .back-cover { font-size: \(back)pt; }"
        }
        return finish([
            "doc": doc,
            "edition": [
                "id": edition.audience.rawValue, "name": edition.name, "title": edition.title,
                "foreword": foreword, "body_points": edition.bodyPoints,
            ] as [String: Any],
            "toc": toc,
            "chapters": chapters.map { chapter in
                var value: [String: Any] = [
                    "title": chapter.title, "anchor": chapter.anchor,
                    "items": chapter.items.map(itemContext),
                    "single": chapter.intro == nil && chapter.items.count == 1,
                    "is_scope_check": chapter.isScopeCheck,
                ]
                if let intro = chapter.intro { value["intro"] = itemContext(intro) }
                return value
            },
        ])
    }

    /// The back cover's text size when the edition's minimum body size needs more than the
    /// fixed 10.5 pt of print.css: its channel cards (0.9 em, the page's main text) reach the
    /// minimum. Nil when 10.5 pt is enough.
    static func backCoverPoints(minimumBody: Double) -> Double? {
        let needed = (minimumBody / 0.9 * 10).rounded(.up) / 10
        return needed > 10.5 ? needed : nil
    }

    func itemContext(_ item: PrintItem) -> [String: Any] {
        ["title": item.title, "anchor": item.anchor, "html": item.html, "is_sample": item.sample]
    }

    func blockContext(_ block: PrintBlock, items: [PrintItem]) -> [String: Any] {
        [
            "id": block.id, "title": block.title, "items": items.map(itemContext),
            "item_titles": items.count > 1,
            "is_cover": block.kind == .cover, "is_channels": block.kind == .channels, "is_pages": block.kind == .pages,
            "is_scope_check": block.kind == .scopeCheck,
        ]
    }

    func leafletContext(panels: [[String: Any]], document: PrintDocument) -> [String: Any] {
        let folds = (1...2).map { ["number": $0] }
        let cover = config.leafletPanels.firstIndex { $0.kind == .cover }
        let sides = [
            ["label": "外面", "number": 1, "panels": Array(panels.prefix(3)), "folds": folds,
             "cover_bleed": cover.map { $0 < 3 } ?? false] as [String: Any],
            ["label": "里面", "number": 2, "panels": Array(panels.dropFirst(3)), "folds": folds,
             "cover_bleed": cover.map { $0 >= 3 } ?? false] as [String: Any],
        ]
        var doc = documentContext(document, pageSize: .a4Landscape, bodyPoints: 12)
        let scaled = config.leafletPanels.filter { $0.textScale != 1 }
            .map { "\n.panel-\($0.id) { font-size: \($0.textScale)rem; }" }.joined()
        doc["page_css"] = (doc["page_css"] as? String ?? "") + scaled + "\n" + LeafletLayout.css(cover: cover)
        return finish(["doc": doc, "sides": sides])
    }

    func boardContext(_ board: [String: Any], document: PrintDocument, textScale: Double = 1) -> [String: Any] {
        // 44 pt on a 600 mm wide board: CJK characters some 15 mm high, readable from two metres;
        // a board's text_scale enlarges it to fill the board.
        let points = ((config.boardSize.width / 13.6).rounded() * textScale * 10).rounded() / 10
        return finish(["doc": documentContext(document, pageSize: config.boardSize, bodyPoints: points), "board": board])
    }
}
