import Foundation
import Markdown

/// The published site, ready for templates: pages, sections and the site-wide values that
/// every page shares (computed once, not per page).
public struct SiteModel {
    public let content: SiteContent
    public let config: SiteConfig
    /// Published pages by content path, rendered.
    public let pages: [String: RenderedPage]
    /// Published pages of each section, in display order (content paths).
    public let sectionPages: [String: [String]]
    public let now: PageDate
    /// A proof (校样), not a release: pages carry the 校样 notice and noindex, print
    /// documents a 校样 watermark (`site.proof` in templates).
    public let proof: Bool
    /// Template values shared by every page: site, nav, channels, data.
    private(set) var shared: [String: Any] = [:]
    /// Sections that are published (see `isPublishedSection`), computed once.
    private(set) var publishedSections: Set<String> = []
    /// Published top-level sections in menu order, computed once.
    public private(set) var topSections: [String] = []
    /// Position of each published page in its section's `sectionPages` list.
    private(set) var sectionIndex: [String: Int] = [:]
    /// The navigation menu (compacted) for each active top-level section; key `nil` for none.
    private(set) var navigationByTop: [String?: [[String: Any]]] = [:]
    /// Every published page as a list item (lists, previous/next), compacted, computed once.
    private(set) var listItems: [String: [String: Any]] = [:]
    /// QR codes (SVG markup) of the site's base URL and each online channel's URL, by URL,
    /// encoded once for the web pages and the print documents.
    private(set) var qrSVGs: [String: String] = [:]
    /// Every section's title (see `sectionTitle`), computed once.
    private var sectionTitles: [String: String] = [:]
    /// Outputs of cached partials (see `CachedPartial`), shared by the pages of this model.
    public var partialCache = PartialCache()

    public init(content: SiteContent, config: SiteConfig, pages: [String: RenderedPage], now: PageDate, proof: Bool = true) {
        self.init(content: content, config: config, pages: pages, now: now, proof: proof, reusing: nil, changed: [])
    }

    /// A model that takes the list items of `previous` for every page not in `changed`
    /// (the incremental rebuild of `serve`).
    public init(content: SiteContent, config: SiteConfig, pages: [String: RenderedPage], now: PageDate,
                proof: Bool = true, reusing previous: SiteModel?, changed: Set<String>) {
        self.content = content
        self.proof = proof
        self.config = config
        self.pages = pages
        self.now = now
        self.outputOrder = pages.keys.sorted()
        var sectionPages: [String: [String]] = [:]
        for (path, section) in content.sections {
            sectionPages[path] = section.pagePaths.filter { pages[$0] != nil }
        }
        self.sectionPages = sectionPages
        var index: [String: Int] = [:]
        for list in sectionPages.values {
            for (position, path) in list.enumerated() { index[path] = position }
        }
        self.sectionIndex = index
        for path in content.sections.keys { sectionTitles[path] = makeSectionTitle(path) }
        var published: Set<String> = []
        for path in content.sections.keys where Self.computePublished(path, content: content, pages: pages, sectionPages: sectionPages) {
            published.insert(path)
        }
        self.publishedSections = published
        let all = content.sections[""]?.subsectionPaths ?? []
        let visible = all.filter { published.contains($0) }
        let listed = config.nav.filter { visible.contains($0) }
        self.topSections = listed + visible.filter { !listed.contains($0) }
        var navigation: [String?: [[String: Any]]] = [:]
        for top in [nil, ""] + topSections.map(Optional.some) {
            navigation[top] = TemplateValue.compacted(makeNavigation(top: top) as Any) as? [[String: Any]] ?? []
        }
        self.navigationByTop = navigation
        if let previous {
            var items = previous.listItems
            for path in changed { items[path] = pages[path].map { TemplateValue.compacted(makeListItem($0)) } }
            self.listItems = items
        } else {
            let items = ParallelMap.map(Array(pages.values)) {
                (path: $0.page.contentPath, item: TemplateValue.compacted(makeListItem($0)))
            }
            self.listItems = Dictionary(uniqueKeysWithValues: items.map { ($0.path, $0.item) })
        }
        for url in [config.baseURL] + content.channels.filter({ $0.kind == .online }).map(\.url) where qrSVGs[url] == nil {
            qrSVGs[url] = QRImages.svg(for: url)
        }
        self.shared = makeShared()
    }

    /// Every page to write, in a stable order: home, then by content path (sorted once).
    public let outputOrder: [String]

    /// The root-relative link to a page or section path (`urls.finish` adapts it to the link mode).
    public func url(_ urlPath: String) -> String { config.urls.link(MarkdownStage.pathEscape(urlPath)) }

    /// The section page's title, or the folder name when it has no `_index.md`.
    public func sectionTitle(_ path: String) -> String {
        sectionTitles[path] ?? makeSectionTitle(path)
    }

    private func makeSectionTitle(_ path: String) -> String {
        guard let section = content.sections[path] else { return path }
        return pages[section.indexPath]?.page.title ?? content.pages[section.indexPath]?.title
            ?? (path as NSString).lastPathComponent
    }

    /// A section is published when its own page is (or it has none) and it has published pages.
    public func isPublishedSection(_ path: String) -> Bool {
        publishedSections.contains(path)
    }

    private static func computePublished(_ path: String, content: SiteContent, pages: [String: RenderedPage],
                                         sectionPages: [String: [String]]) -> Bool {
        guard let section = content.sections[path] else { return false }
        if content.pages[section.indexPath] != nil && pages[section.indexPath] == nil { return false }
        return pages[section.indexPath] != nil || !(sectionPages[path] ?? []).isEmpty
            || section.subsectionPaths.contains { computePublished($0, content: content, pages: pages, sectionPages: sectionPages) }
    }

    /// A setting that names a file of the site (`assets/img/x.png`) as a link; full addresses as they are.
    private func siteLink(_ value: String) -> String {
        value.isEmpty || value.contains("://") || value.hasPrefix("/") ? value : config.urls.link(value)
    }

    private func makeShared() -> [String: Any] {
        var site: [String: Any] = [
            "title": config.title,
            "subtitle": config.subtitle,
            "base_url": config.baseURL,
            "base_path": config.basePath,
            "language": config.language,
            "sponsor": config.sponsor,
            "domain": config.domain,
            "hotline": config.hotline,
            "year": now.components.year,
            "feed_url": config.urls.link("feed.xml"),
            "qr_svg": qrSVGs[config.baseURL] ?? "",
            "proof": proof,
            "footer": [
                "icp": config.footer.icp,
                "icp_url": config.footer.icpURL,
                "public_security": config.footer.publicSecurity,
                "public_security_url": config.footer.publicSecurityURL,
                "site_code": config.footer.siteCode,
                "conac_url": config.footer.conacURL,
                "conac_image": siteLink(config.footer.conacImage),
                "error_report_url": config.footer.errorReportURL,
            ],
        ]
        site["params"] = config.raw.templateValue
        var data: [String: Any] = [:]
        for entry in content.data { data[entry.name] = entry.value.templateValue }
        return TemplateValue.compacted([
            "site": site,
            "data": data,
            "channels": content.channels.map { ChannelContext.make($0, qrSVG: qrSVGs[$0.url]) },
            "has_channels": !content.channels.isEmpty,
        ])
    }
}

/// A channel as template data, with one flag per kind (Mustache has no comparisons).
enum ChannelContext {
    /// `qrSVG` is the code of the channel's URL, shown for online channels.
    static func make(_ channel: Channel, qrSVG: String?) -> [String: Any] {
        var context: [String: Any] = [
            "id": channel.id, "kind": channel.kind.rawValue, "name": channel.name,
            "description": channel.description, "recommended": channel.recommended,
            "url": channel.url, "url_display": displayURL(channel.url),
            "province_url": channel.provinceURL, "province_url_display": displayURL(channel.provinceURL),
            "number": channel.number, "display": channel.display, "hours": channel.hours,
            "recipient": channel.recipient, "address": channel.address, "postcode": channel.postcode,
            "tel_url": "tel:" + channel.number.filter { $0.isNumber },
        ]
        for kind in ChannelKind.allCases { context["is_\(kind.rawValue)"] = channel.kind == kind }
        if channel.kind == .online { context["qr_svg"] = qrSVG ?? "" }
        if case .mapping(let pairs) = channel.raw {
            for pair in pairs where context[pair.key] == nil { context[pair.key] = pair.value.templateValue }
        }
        return context
    }

    /// `https://www.12388.gov.cn/` → `www.12388.gov.cn`
    static func displayURL(_ url: String) -> String {
        var text = url
        for prefix in ["https://", "http://"] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        if text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
