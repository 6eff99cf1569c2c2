import Foundation

/// The case notices on paper, from the same records as the web pages: an A4 notice sheet
/// (`print/notices/`, one notice per page, in the official form) and a display-board panel
/// (`print/boards/case-notices/`, every notice on one board). Only published pages with
/// `print` on are taken, so a limited-scope notice (internal) is printed only by an internal
/// build. Nothing is written when the site has no such notice.
struct NoticePrint {
    let contexts: TemplateContexts
    /// The templates the other print documents use (the built-in ones stand in for a site
    /// whose own templates have no notice templates).
    let templates: TemplateSet
    let transaction: OutputSink

    static let sheetTemplate = "print/notice-sheet"
    static let boardTemplate = "print/notice-board"

    var site: PublishedSite { contexts.site }

    /// The printable notices, newest first (same day: by content path).
    var notices: [RenderedPage] {
        PublishedSite.newestFirst(site.pages.values.filter {
            $0.page.frontMatter.notice != nil && $0.page.frontMatter.print
        })
    }

    /// The documents this site's notices make (none without notices).
    func documents() -> [PrintDocument] {
        guard !notices.isEmpty else { return [] }
        let config = site.config.print
        let author = config.commission(site: site.config)
        return [
            PrintDocument(name: "notices", kind: .notice, title: "诬告陷害典型案例和澄清正名通报", author: author,
                          htmlPath: "print/notices/index.html", pdfPath: "print/notices.pdf",
                          mediaSize: config.withBleed(.a4)),
            PrintDocument(name: "board-case-notices", kind: .board, title: "通报曝光 澄清正名", author: author,
                          htmlPath: "print/boards/case-notices/index.html", pdfPath: "print/board-case-notices.pdf",
                          mediaSize: config.withBleed(config.boardSize)),
        ]
    }

    /// Writes the sheet and the board; returns them.
    func write() throws -> [PrintDocument] {
        let documents = documents()
        guard !documents.isEmpty else { return [] }
        var templates = self.templates
        if !templates.contains(Self.sheetTemplate) || !templates.contains(Self.boardTemplate) {
            templates = try TemplateSet(directory: ThemeLoader.builtInDirectory, displayPrefix: "（内置模板）/")
        }
        let writer = PrintWriter(contexts: contexts, templates: templates, transaction: transaction,
                                 configFile: "content/site.yml")
        let items = notices.map(item)
        for document in documents {
            let isSheet = document.kind == .notice
            let context: [String: Any]
            if isSheet {
                context = writer.finish(["doc": writer.documentContext(document, pageSize: .a4, bodyPoints: 14),
                                         "notices": items])
            } else {
                let points = (site.config.print.boardSize.width / 13.6).rounded()
                context = writer.finish(["doc": writer.documentContext(document, pageSize: site.config.print.boardSize,
                                                                       bodyPoints: points),
                                         "board": ["id": "case-notices", "title": document.title] as [String: Any],
                                         "notices": items])
            }
            let html = try templates.render(isSheet ? Self.sheetTemplate : Self.boardTemplate, context: context,
                                            for: "content/site.yml")
            try transaction.write(html, to: document.htmlPath)
            let pageCSS = (context["doc"] as? [String: Any])?["page_css"] as? String ?? ""
            try transaction.write(pageCSS + "\n", to: PrintWriter.pageCSSPath(document))
        }
        return documents
    }

    /// One notice as print data: the record, the page's title and whether it is a sample.
    func item(_ rendered: RenderedPage) -> [String: Any] {
        let page = rendered.page
        var notice = TemplateContexts.noticeContext(page.frontMatter.notice!, date: page.date)
        notice["title"] = page.title
        notice["is_sample"] = page.frontMatter.sample
        return notice
    }
}
