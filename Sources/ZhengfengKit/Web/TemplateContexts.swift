import Foundation
import Markdown

/// The template boundary: turns the typed `PublishedSite` into the `[String: Any]` values
/// Mustache reads (the keys are documented in docs/templates.md). Values every page shares
/// (site, menu, channels, data, each page as a list item) are made once per build. Nothing
/// else in zhengfeng builds template values from the site.
///
/// Immutable after `init` except for `partialCache`, which locks; its dictionaries hold only
/// strings, numbers, booleans and arrays and dictionaries of them.
public final class TemplateContexts {
    public let site: PublishedSite
    /// Template values shared by every page: site, channels, data.
    let shared: [String: Any]
    /// The menu with each top-level section active (key `""` for home, nil for none), compacted.
    private let navigationByTop: [String?: [[String: Any]]]
    /// Every published page as a list item (lists, previous/next), compacted.
    private let listItems: [String: [String: Any]]
    /// Outputs of cached partials (see `CachedPartial`), shared by the pages of this build.
    let partialCache: PartialCache

    /// The contexts of `site`; with `previous`, list items of pages not in `changed` are taken
    /// from it (the incremental rebuild of `serve`).
    init(site: PublishedSite, cachePartials: Bool = true, reusing previous: TemplateContexts? = nil,
         changed: Set<String> = []) {
        self.site = site
        self.partialCache = PartialCache(enabled: cachePartials)
        if let previous {
            var items = previous.listItems
            for path in changed { items[path] = site.pages[path].map { TemplateValue.compacted(Self.makeListItem($0, site: site)) } }
            self.listItems = items
        } else {
            let items = ParallelMap.map(Array(site.pages.values)) {
                (path: $0.page.contentPath, item: TemplateValue.compacted(Self.makeListItem($0, site: site)))
            }
            self.listItems = Dictionary(uniqueKeysWithValues: items.map { ($0.path, $0.item) })
        }
        var navigation: [String?: [[String: Any]]] = [:]
        for top in [nil, ""] + site.menu.map(Optional.some) {
            navigation[top] = TemplateValue.compacted(Self.makeNavigation(top: top, site: site) as Any) as? [[String: Any]] ?? []
        }
        self.navigationByTop = navigation
        self.shared = Self.makeShared(site)
    }

    var config: SiteConfig { site.config }

    /// The root-relative link to a page or section URL path.
    func url(_ urlPath: String) -> String { site.link(urlPath) }

    /// A page as a list item: title, url, date, summary (prepared once per page).
    func listItem(_ rendered: RenderedPage) -> [String: Any] {
        listItems[rendered.page.contentPath] ?? TemplateValue.compacted(Self.makeListItem(rendered, site: site))
    }

    static func makeListItem(_ rendered: RenderedPage, site: PublishedSite) -> [String: Any] {
        let page = rendered.page
        var item: [String: Any] = [
            "title": page.title,
            "url": site.link(page.urlPath),
            "summary": rendered.summary,
            "is_sample": page.frontMatter.sample,
            "is_draft": page.frontMatter.draft,
        ]
        if let date = page.date {
            item["date"] = date.day
            item["date_display"] = date.chinese
            item["datetime"] = date.rfc3339
        }
        return item
    }

    /// The menu with the active top-level section marked (prepared once per top section).
    func navigation(activeSection: String?) -> [[String: Any]] {
        let top = activeSection.map { $0.split(separator: "/").first.map(String.init) ?? "" }
        if let cached = navigationByTop[top] { return cached }
        return TemplateValue.compacted(Self.makeNavigation(top: top, site: site) as Any) as? [[String: Any]] ?? []
    }

    static func makeNavigation(top: String?, site: PublishedSite) -> [[String: Any]] {
        var items: [[String: Any]] = [["title": "首页", "url": site.link(""), "active": top == ""]]
        for section in site.menu {
            items.append(["title": site.sectionTitle(section), "url": site.link(section + "/"), "active": top == section])
        }
        return items
    }

    /// A setting that names a file of the site (`assets/img/x.png`) as a link; full addresses as they are.
    private static func siteLink(_ value: String, config: SiteConfig) -> String {
        value.isEmpty || value.contains("://") || value.hasPrefix("/") ? value : config.urls.link(value)
    }

    private static func makeShared(_ published: PublishedSite) -> [String: Any] {
        let config = published.config
        var site: [String: Any] = [
            "title": config.title,
            "subtitle": config.subtitle,
            "base_url": config.baseURL,
            "base_path": config.basePath,
            "language": config.language,
            "sponsor": config.sponsor,
            "domain": config.domain,
            "hotline": config.hotline,
            "year": published.now.components.year,
            "feed_url": config.urls.link("feed.xml"),
            "qr_svg": published.siteQRCode,
            "proof": published.proof,
            "footer": [
                "icp": config.footer.icp,
                "icp_url": config.footer.icpURL,
                "public_security": config.footer.publicSecurity,
                "public_security_url": config.footer.publicSecurityURL,
                "site_code": config.footer.siteCode,
                "conac_url": config.footer.conacURL,
                "conac_image": siteLink(config.footer.conacImage, config: config),
                "error_report_url": config.footer.errorReportURL,
            ],
        ]
        site["params"] = config.raw.templateValue
        if let tree = published.scopeCheck {
            // The header, footer and home page link to the self-check (see `ScopeCheckOutput`).
            site["scope_check_url"] = config.urls.link(ScopeCheckContext.folder + "/")
            site["scope_check_title"] = tree.title
        }
        var data: [String: Any] = [:]
        for entry in published.data { data[entry.name] = entry.value.templateValue }
        return TemplateValue.compacted([
            "site": site,
            "data": data,
            "channels": published.channels.map(ChannelContext.make),
            "has_channels": !published.channels.isEmpty,
            "campaign_figures": published.campaignFigures.map { figure -> [String: Any] in
                ["key": figure.key.rawValue, "label": figure.label, "value": figure.value, "unit": figure.unit,
                 "note": figure.note, "sample": figure.sample]
            },
            "has_campaign_figures": !published.campaignFigures.isEmpty,
            "campaign_figures_sample": published.campaignFigures.contains { $0.sample },
        ])
    }
}

/// A channel as template data, with one flag per kind (Mustache has no comparisons).
enum ChannelContext {
    static func make(_ published: PublishedChannel) -> [String: Any] {
        let channel = published.channel
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
        if channel.kind == .online { context["qr_svg"] = published.qrCode ?? "" }
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
