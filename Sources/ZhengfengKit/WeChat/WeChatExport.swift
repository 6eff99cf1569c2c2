import Foundation

/// One article ready for the WeChat editor: the fragment to paste and what was found.
public struct WeChatArticle: Sendable {
    public let source: WeChatSource
    /// The HTML to paste: body, 引用链接 and the account's ending, inline styles only.
    public let fragment: String
    public let references: [WeChatReference]
    /// This article's problems (limits, images, placeholders under `--release`).
    public let diagnostics: [Diagnostic]
    /// Folder of its preview inside the export (`news/launch-meeting/`).
    public let folder: String

    /// Characters of the fragment as the editor counts them.
    public var characters: Int { WeChatLimits.characters(fragment) }
}

/// What `zhengfeng wechat` is asked to do.
public struct WeChatOptions: Sendable {
    public var siteDirectory: URL
    /// Default: `wechat` beside the site's output folder (SITE/wechat).
    public var outputDirectory: URL
    /// Content paths (`news/a.md`) or file paths of the pages to export; empty for every article.
    public var pages: [String] = []
    public var release = false
    public var now: PageDate = BuildOptions.defaultNow()

    public init(siteDirectory: URL, outputDirectory: URL? = nil) {
        self.siteDirectory = siteDirectory
        self.outputDirectory = outputDirectory ?? siteDirectory.appendingPathComponent("wechat", isDirectory: true)
    }
}

/// `zhengfeng wechat`: reads the published site once (the same stages as a build), turns
/// each article into a fragment for the WeChat editor, checks it, and writes the fragments
/// with their preview pages through the output layer (a fresh folder swapped in whole;
/// refused inside the site's content or its public output).
public struct WeChatExport {
    public let options: WeChatOptions

    public init(options: WeChatOptions) {
        self.options = options
    }

    /// The articles and every diagnostic (the build's own and the articles'). Throws
    /// `DiagnosticsError` when the site has content errors.
    public func prepare() throws -> (articles: [WeChatArticle], diagnostics: [Diagnostic]) {
        var build = BuildOptions(siteDirectory: options.siteDirectory, now: options.now)
        build.release = false
        var timer = StageTimer()
        let prepared = try SiteBuilder(options: build).prepare(timer: &timer)
        if prepared.diagnostics.hasErrors { throw DiagnosticsError(prepared.diagnostics) }
        let site = prepared.site
        let (selected, missing) = select(site)
        let settings = WeChatSettings(config: site.config)
        let ending = Self.ending(site: site, settings: settings)
        let articles = selected.map { article(site.pages[$0]!, site: site, settings: settings, ending: ending) }
        // Pages beyond the body budget were read from their files again for the articles.
        try site.source.bodyRereads.throwIfAny(after: prepared.diagnostics)
        var seen = Set<Diagnostic>()
        let found = articles.flatMap(\.diagnostics).filter { seen.insert($0).inserted }
        return (articles, prepared.diagnostics + missing + found)
    }

    /// The content paths to export, and an error for each named page that is not a published page.
    func select(_ site: PublishedSite) -> ([String], [Diagnostic]) {
        guard !options.pages.isEmpty else {
            return (site.outputOrder.filter { WeChatSource.isArticle(site.pages[$0]!.page) }, [])
        }
        var chosen: [String] = []
        var problems: [Diagnostic] = []
        for name in options.pages {
            let path = Self.contentPath(of: name, site: options.siteDirectory)
            if let rendered = site.pages[path], rendered.page.isPublic {
                if !chosen.contains(path) { chosen.append(path) }
            } else {
                problems.append(.error("WECHAT_PAGE_NOT_FOUND",
                                       "没有可以导出的页面“\(name)”：它不存在，或是草稿、内部页面、未到发布日期的页面。请写 content 里的文件，例如 news/launch-meeting.md。",
                                       at: SourceLocation(file: "content/" + path)))
            }
        }
        return (chosen, problems)
    }

    /// `news/a.md` for `news/a.md`, `content/news/a.md`, `./content/news/a.md` or an absolute path inside content/.
    static func contentPath(of name: String, site: URL) -> String {
        let content = OutputLocation.resolved(site.appendingPathComponent("content").path) + "/"
        let absolute = name.hasPrefix("/") ? name : FileManager.default.currentDirectoryPath + "/" + name
        let resolved = OutputLocation.resolved(absolute)
        if resolved.hasPrefix(content) { return String(resolved.dropFirst(content.count)) }
        var path = name
        while path.hasPrefix("./") { path.removeFirst(2) }
        if path.hasPrefix("content/") { path.removeFirst("content/".count) }
        return path
    }

    func article(_ rendered: RenderedPage, site: PublishedSite, settings: WeChatSettings, ending: String) -> WeChatArticle {
        let source = WeChatSource(rendered, site: site, settings: settings)
        var writer = WeChatFragmentWriter()
        var diagnostics: [Diagnostic] = []
        let body: String
        if let written = writer.write(source.html) {
            body = written
        } else {
            body = ""
            diagnostics.append(.error("WECHAT_HTML_UNREADABLE",
                                      "文章《\(source.title)》生成的网页代码无法转换成公众号格式。这是 zhengfeng 或模板的问题，请把这个文件发给技术人员。",
                                      at: SourceLocation(file: source.sourcePath)))
        }
        let readMore = "<p style=\"\(WeChatStyle.endingLine)\">阅读原文：\(HTMLText.escape(source.canonicalURL))</p>"
        let fragment = "<section style=\"\(WeChatStyle.root)\">" + body
            + WeChatFragmentWriter.referencesBlock(writer.references)
            + "<section style=\"\(WeChatStyle.ending)\">" + ending + readMore + "</section></section>"
        diagnostics += WeChatChecks.limits(source, fragment: fragment)
        diagnostics += WeChatChecks.images(source, siteDirectory: options.siteDirectory, baseURL: site.config.baseURL)
        if options.release { diagnostics += WeChatChecks.placeholders(source) }
        let folder = MarkdownStage.pathEscape(rendered.page.urlPath.isEmpty ? "home/" : rendered.page.urlPath)
        return WeChatArticle(source: source, fragment: fragment, references: writer.references,
                             diagnostics: diagnostics, folder: folder)
    }

    /// The account's standard ending: the reporting channels, the hotline, the website's
    /// address as text, then the `wechat.ending` lines of site.yml.
    static func ending(site: PublishedSite, settings: WeChatSettings) -> String {
        func line(_ text: String) -> String { "<p style=\"\(WeChatStyle.endingLine)\">\(HTMLText.escape(text))</p>" }
        var out = line("【信访举报途径】")
        var hasPhone = false
        for published in site.channels {
            let channel = published.channel
            switch channel.kind {
            case .online: out += line("\(channel.name)：\(channel.url)")
            case .phone:
                hasPhone = true
                out += line("\(channel.name)：\(channel.display.isEmpty ? channel.number : channel.display)")
            case .letter: out += line("\(channel.name)：\([channel.recipient, channel.address, channel.postcode].filter { !$0.isEmpty }.joined(separator: "，"))")
            case .visit: out += line("\(channel.name)：\([channel.address, channel.hours].filter { !$0.isEmpty }.joined(separator: "，"))")
            }
        }
        if !hasPhone { out += line("举报电话：\(site.config.hotline)") }
        out += line("\(site.config.title)网站：\(site.config.baseURL)")
        for text in settings.ending { out += line(text) }
        return out
    }

    /// Writes the fragments, their preview pages and the index into the export folder,
    /// through a fresh staging folder swapped in whole. Refuses a folder inside the site's
    /// public output.
    public func write(_ articles: [WeChatArticle], diagnostics: [Diagnostic]) throws {
        let output = OutputLocation.resolved(options.outputDirectory.path)
        let publicOutput = OutputLocation.resolved(options.siteDirectory.appendingPathComponent("output").path)
        if OutputLocation.contains(publicOutput, output) || OutputLocation.contains(output, publicOutput) {
            throw OutputError("OUTPUT_UNSAFE",
                              "不能把公众号文章导出到 \(options.outputDirectory.path)：它在网站的 output 文件夹里（或包含它），会被当作公开网站发布。什么都没有写入。请去掉 --output（默认是站点下的 wechat 文件夹），或指定 output 以外的文件夹。",
                              path: options.outputDirectory.path)
        }
        let transaction = try OutputTransaction(outputDirectory: options.outputDirectory, siteDirectory: options.siteDirectory)
        try WeChatPreview.write(articles, diagnostics: diagnostics, to: transaction)
        try transaction.commit()
    }
}
