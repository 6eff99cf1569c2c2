import Foundation

/// What one build publishes, typed and immutable: the settings, the published pages and
/// sections with their URLs, the menu, the reporting channels with their QR codes, the
/// published files, the data files and the print documents. Built once per build by
/// `SiteBuilder.prepare`; the web pages, feeds, sitemap, print editions, `serve` and every
/// later output read it, and none reaches into another output's internals. Templates get
/// their `[String: Any]` values from `TemplateContexts`, the one place where this model
/// crosses into Mustache.
public struct PublishedSite: Sendable {
    public let config: SiteConfig
    /// "Now" of the build: what decided future and expired pages.
    public let now: PageDate
    /// A proof (校样), not a release: pages carry the 校样 notice and noindex, print
    /// documents a 校样 watermark.
    public let proof: Bool
    /// Everything loaded from content/, published or not (for checks and `serve`).
    public let source: SiteContent
    /// Published pages by content path, rendered.
    public let pages: [String: RenderedPage]
    /// Every section of content/ by folder path (`""` is the home page's), each saying
    /// whether it is published.
    public let sections: [String: PublishedSection]
    /// Published top-level section paths in menu order (`nav:` first, then the rest).
    public let menu: [String]
    /// The reporting channels, each with the QR code of its address when it is online.
    public let channels: [PublishedChannel]
    /// The QR code (SVG markup) of the site's own address.
    public let siteQRCode: String
    /// Files of content/ that are published (images, attachments), as content paths.
    public let files: [String]
    /// Data files by name (`channels` for data/channels.yml).
    public let data: [(name: String, value: YAMLValue)]
    /// The “归不归纪委监委管？” self-check (data/scope-check.yml), when the site has one.
    public let scopeCheck: ScopeCheck?
    /// The print editions, leaflet and boards the settings ask for, in a stable order.
    public let printDocuments: [PrintDocument]
    /// The aggregate campaign figures site.yml publishes (`campaign: public_figures:`), from the
    /// same campaign data as the internal pages; empty when none are listed or there is no data.
    public let campaignFigures: [PublicFigure]
    /// Every published page's content path, sorted: the order pages are written in.
    public let outputOrder: [String]
    /// The list pages that have no Markdown file (page 2 and after of section lists, the
    /// archive years' pages), sorted by URL path.
    public let listPages: [ListPage]
    /// Each published page's position in its section's `pages`.
    private let positions: [String: Int]

    /// The site that `publication` decided for `content`.
    public init(content: SiteContent, publication: Publication, now: PageDate, proof: Bool,
                campaignFigures: [PublicFigure] = []) {
        let config = content.config
        self.campaignFigures = campaignFigures
        let pages = publication.pages
        let files = publication.files
        self.config = config
        self.now = now
        self.proof = proof
        self.source = content
        self.pages = pages
        self.files = files
        self.data = content.data
        self.scopeCheck = content.scopeCheck
        self.outputOrder = pages.keys.sorted()

        var ordered: [String: [String]] = [:]
        for (path, section) in content.sections {
            ordered[path] = section.pagePaths.filter { pages[$0] != nil }
        }
        var positions: [String: Int] = [:]
        for list in ordered.values {
            for (position, path) in list.enumerated() { positions[path] = position }
        }
        self.positions = positions

        var published: [String: Bool] = [:]
        func isPublished(_ path: String) -> Bool {
            if let known = published[path] { return known }
            guard let section = content.sections[path] else { return false }
            let ownPageHidden = content.pages[section.indexPath] != nil && pages[section.indexPath] == nil
            let result = !ownPageHidden
                && (pages[section.indexPath] != nil || !(ordered[path] ?? []).isEmpty
                    || section.subsectionPaths.contains(where: isPublished))
            published[path] = result
            return result
        }
        let lists = SectionLists.build(content: content, pages: pages, own: ordered, isPublished: isPublished)
        self.listPages = lists.listPages
        var sections: [String: PublishedSection] = [:]
        for (path, section) in content.sections {
            let title = pages[section.indexPath]?.page.title ?? content.pages[section.indexPath]?.title
                ?? (path as NSString).lastPathComponent
            sections[path] = PublishedSection(
                path: path, title: title, urlPath: path.isEmpty ? "" : path + "/", indexPath: section.indexPath,
                isPublished: isPublished(path), pages: ordered[path] ?? [],
                subsections: section.subsectionPaths.filter(isPublished),
                columnType: Self.columnType(of: path, in: content),
                list: PublishedList(sectionPath: path, year: nil, urlPath: path.isEmpty ? "" : path + "/",
                                    pages: lists.listed[path] ?? ordered[path] ?? [], perPage: config.perPage),
                archiveYears: lists.archiveYears[path] ?? [], archives: lists.archives[path] ?? [])
        }
        self.sections = sections

        let top = (content.sections[""]?.subsectionPaths ?? []).filter(isPublished)
        let listed = config.nav.filter { top.contains($0) }
        self.menu = listed + top.filter { !listed.contains($0) }

        var codes: [String: String] = [:]
        for url in [config.baseURL] + content.channels.filter({ $0.kind == .online }).map(\.url) where codes[url] == nil {
            codes[url] = QRImages.svg(for: url)
        }
        self.siteQRCode = codes[config.baseURL] ?? ""
        self.channels = content.channels.map { PublishedChannel(channel: $0, qrCode: $0.kind == .online ? codes[$0.url] : nil) }
        self.printDocuments = PrintDocuments.all(config: config)
    }

    /// The root-relative link to a page or section URL path (`channels/phone/`); pages are
    /// finished for the build's link mode by `config.urls.finish`.
    public func link(_ urlPath: String) -> String { config.urls.link(MarkdownStage.pathEscape(urlPath)) }

    /// The absolute address of a page or section URL path, from `base_url` (canonical link,
    /// sitemap, feed, QR codes, WeChat).
    public func canonicalURL(_ urlPath: String) -> String { config.urls.canonical(MarkdownStage.pathEscape(urlPath)) }

    /// The section's title (its page's title, or what `FolderTitle` gives a folder without `_index.md`); the path itself for an unknown section.
    public func sectionTitle(_ path: String) -> String { sections[path]?.title ?? path }

    /// True when the section is published (see `PublishedSection.isPublished`).
    public func isPublishedSection(_ path: String) -> Bool { sections[path]?.isPublished ?? false }

    /// The published pages of a section, in display order.
    public func pages(inSection path: String) -> [RenderedPage] {
        (sections[path]?.pages ?? []).compactMap { pages[$0] }
    }

    /// The pages before and after a published page in its section's display order.
    public func neighbours(of path: String) -> (previous: String?, next: String?) {
        guard let page = pages[path]?.page, let position = positions[path],
              let list = sections[page.sectionPath]?.pages else { return (nil, nil) }
        return (position > 0 ? list[position - 1] : nil, position + 1 < list.count ? list[position + 1] : nil)
    }

    /// The dated ones of `pages`, newest first (the same date: by content path).
    public static func newestFirst<S: Sequence>(_ pages: S) -> [RenderedPage] where S.Element == RenderedPage {
        pages.compactMap { rendered in rendered.page.date.map { (date: $0, path: rendered.page.contentPath, page: rendered) } }
            .sorted { ($0.date, $1.path) > ($1.date, $0.path) }
            .map(\.page)
    }

    /// The section's column type (`column_type:` in its `_index.md`, e.g. 工作动态, 通知公告),
    /// inherited from the nearest enclosing section that sets one; "" when none does.
    static func columnType(of sectionPath: String, in content: SiteContent) -> String {
        var path = sectionPath
        while true {
            if let section = content.sections[path], let page = content.pages[section.indexPath],
               let value = page.frontMatter.params.first(where: { $0.key == "column_type" })?.value,
               case .string(let text) = value, !text.isEmpty {
                return text
            }
            guard !path.isEmpty else { return "" }
            path = (path as NSString).deletingLastPathComponent
        }
    }
}

/// A folder of content/ as published.
public struct PublishedSection: Sendable, Equatable {
    /// Folder path inside content/ (`channels`, `news/2026`; `""` for the home page's).
    public let path: String
    /// Its page's title; for a folder without `_index.md`, the title `FolderTitle` gives it.
    public let title: String
    /// URL path of its page (`channels/`; `""` for home), for `PublishedSite.link`.
    public let urlPath: String
    /// Content path of its own page (`channels/_index.md`, which may not exist as a file).
    public let indexPath: String
    /// Published when its own page is (or it has none) and it has something published.
    public let isPublished: Bool
    /// Content paths of its published pages (not subsections), in display order.
    public let pages: [String]
    /// Folder paths of its published direct subsections.
    public let subsections: [String]
    /// 栏目类型 (`column_type:`), inherited from enclosing sections; "" when none says.
    public let columnType: String
    /// What its page lists: its own published pages and, rolled up, those of its published
    /// folders (`news/2026/05/`), in display order, split into pages of `per_page`.
    public let list: PublishedList
    /// A dated section's archive years, newest first (empty for other sections).
    public let archiveYears: [ArchiveYear]
    /// The archive years that are generated pages (not a year folder), newest first.
    public let archives: [PublishedList]
}

/// A reporting channel as published, with the QR code of its address when it is online.
public struct PublishedChannel: Sendable {
    public let channel: Channel
    /// SVG markup, for online channels only.
    public let qrCode: String?
}
