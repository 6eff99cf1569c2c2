import Foundation

/// Footer registration numbers that Chinese government websites must show.
public struct FooterRecords: Sendable, Equatable {
    /// ICP record (ICP备案号), linked to the MIIT record site.
    public var icp: String = ""
    public var icpURL: String = "https://beian.miit.gov.cn/"
    /// Public-security record (公安备案号).
    public var publicSecurity: String = ""
    public var publicSecurityURL: String = "https://beian.mps.gov.cn/"
    /// 10-character site identification code (网站标识码).
    public var siteCode: String = ""
    /// 党政机关网站标识: the link given at registration (conac.cn) and its image; a site path
    /// such as `assets/img/conac.png` or a full address.
    public var conacURL: String = ""
    public var conacImage: String = ""
    /// 我为政府网站找错: the site's error-report link on the national platform.
    public var errorReportURL: String = ""
}

/// `content/site.yml`, typed. Only `title` and `base_url` are required.
public struct SiteConfig: Sendable {
    public var title: String
    /// Absolute base URL, always ending in `/`.
    public var baseURL: String {
        didSet { (basePath, domain) = Self.parts(of: baseURL) }
    }
    /// Path part of the base URL, e.g. `/lianzheng/`; every internal link starts with it.
    public private(set) var basePath: String
    /// Host of the base URL (SiteDomain meta tag).
    public private(set) var domain: String
    public var subtitle: String = ""
    public var language: String = "zh-CN"
    /// 主办单位.
    public var sponsor: String = ""
    public var footer = FooterRecords()
    /// Section folder names in menu order; sections not listed follow alphabetically.
    public var nav: [String] = []
    /// Sections shown as entry cards on the home page.
    public var features: [String] = []
    /// The section whose newest pages the home page lists.
    public var latestSection: String = "news"
    public var latestCount: Int = 6
    /// How many pages one page of a section list shows (`per_page:`); the rest go on
    /// `<section>/page/2/` and after.
    public var perPage: Int = 20
    /// Titles of folders that have no `_index.md` (`folder_titles:`, folder path → title),
    /// so that a menu or breadcrumb never shows a bare folder name.
    public var folderTitles: [String: String] = [:]
    /// Characters (not counting spaces) in an automatic summary.
    public var summaryLength: Int = 120
    /// The national hotline shown in the footer.
    public var hotline: String = "12388"
    /// Values the privacy check always allows (official numbers, addresses).
    public var privacyAllow: [String] = []
    /// Print editions, leaflet and boards (`print:`), over the shipped defaults.
    public var print = PrintConfig()
    /// The aggregate campaign figures shown on the public site (`campaign: public_figures:`).
    public var publicFigures: [PublicFigureRequest] = []
    /// Extra front-matter keys the site's own templates read as `page.params.KEY`.
    public var paramsKeys: [String] = []
    /// Every key of site.yml as written, for templates (`site.params`).
    public var raw: YAMLValue = .mapping([])

    public init(title: String, baseURL: String) {
        self.title = title
        self.baseURL = SiteConfig.normalizedBaseURL(baseURL)
        (basePath, domain) = Self.parts(of: self.baseURL)
    }

    /// The base URL's path (ending in `/`) and host, worked out once, not on every link.
    private static func parts(of baseURL: String) -> (path: String, host: String) {
        guard let components = URLComponents(string: baseURL) else { return ("/", "") }
        var path = components.path.isEmpty ? "/" : components.path
        if !path.hasSuffix("/") { path += "/" }
        return (path, components.host ?? "")
    }

    /// How links inside pages are written (`links:`); `--links` overrides it.
    public var links: LinkMode = .root

    /// The one builder of the site's URLs.
    public var urls: SiteURLs { SiteURLs(baseURL: baseURL, basePath: basePath, mode: links) }

    static func normalizedBaseURL(_ url: String) -> String {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        return trimmed.hasSuffix("/") ? trimmed : trimmed + "/"
    }


    /// Parses site.yml; `file` is the path shown in diagnostics.
    static func parse(_ text: String, file: String) -> (SiteConfig?, [Diagnostic]) {
        let node: YAMLNode?
        do {
            node = try YAMLParser.parse(text, file: file)
        } catch let diagnostic as Diagnostic {
            return (nil, YAMLMistakes.explain(diagnostic, in: text, file: file, lineOffset: 0))
        } catch {
            return (nil, [.error("YAML_SYNTAX", "\(error)", at: SourceLocation(file: file))])
        }
        if let mistakes = YAMLMistakes.unreadSettings(node, in: text, file: file, lineOffset: 0) { return (nil, mistakes) }
        var fields = YAMLFields(node, file: file)
        let title = fields.string("title", required: true)
        let baseURL = fields.string("base_url", required: true)
        if let baseURL, let node = fields.node("base_url") {
            if let problem = BaseURL.problem(baseURL) {
                fields.report("CONFIG_BASE_URL", BaseURL.message(baseURL, problem: problem, setting: "base_url"), at: node)
            }
        }
        guard let title, let baseURL else { return (nil, fields.diagnostics) }
        var config = SiteConfig(title: title, baseURL: baseURL)
        config.subtitle = fields.string("subtitle") ?? ""
        config.language = fields.string("language") ?? "zh-CN"
        config.sponsor = fields.string("sponsor") ?? ""
        config.nav = fields.stringList("nav") ?? []
        config.features = fields.stringList("features") ?? []
        config.latestSection = fields.string("latest_section") ?? "news"
        config.latestCount = fields.int("latest_count") ?? 6
        if let perPage = fields.int("per_page") {
            if (1...1000).contains(perPage) {
                config.perPage = perPage
            } else {
                fields.report("CONFIG_PER_PAGE", "per_page（栏目列表每页显示几条）应是 1 到 1000 之间的整数，例如 20。", at: fields.node("per_page"))
            }
        }
        config.folderTitles = Self.folderTitles(&fields)
        config.summaryLength = fields.int("summary_length") ?? 120
        config.hotline = fields.string("hotline") ?? "12388"
        config.privacyAllow = fields.stringList("privacy_allow") ?? []
        config.paramsKeys = fields.stringList("params_keys") ?? []
        if let links = fields.string("links"), let node = fields.node("links") {
            if let mode = LinkMode(rawValue: links) {
                config.links = mode
            } else {
                fields.report("CONFIG_LINKS",
                              "links 只能是 root（默认，网址从网站根目录写起）、absolute（完整网址）或 relative（相对网址，可从 U 盘或本地文件夹直接打开）。",
                              at: node)
            }
        }
        if let footerNode = fields.node("footer") {
            var footer = YAMLFields(footerNode, file: file)
            config.footer.icp = footer.string("icp") ?? ""
            config.footer.icpURL = footer.string("icp_url") ?? config.footer.icpURL
            config.footer.publicSecurity = footer.string("public_security") ?? ""
            config.footer.publicSecurityURL = footer.string("public_security_url") ?? config.footer.publicSecurityURL
            config.footer.siteCode = footer.string("site_code") ?? ""
            config.footer.conacURL = footer.string("conac_url") ?? ""
            config.footer.conacImage = footer.string("conac_image") ?? ""
            config.footer.errorReportURL = footer.string("error_report_url") ?? ""
            fields.merge(footer)
        }
        if let campaignNode = fields.node("campaign") {
            var campaign = YAMLFields(campaignNode, file: file)
            config.publicFigures = Self.publicFigures(&campaign)
            fields.merge(campaign)
        }
        let (print, printDiagnostics) = PrintConfigParser.parse(fields.node("print"), file: file)
        config.print = print
        if let node { config.raw = YAMLValue(node) }
        return (config, fields.diagnostics + printDiagnostics)
    }

    /// `folder_titles:`: a mapping of folder paths inside content/ (`news/2026`) to titles.
    private static func folderTitles(_ fields: inout YAMLFields) -> [String: String] {
        guard let node = fields.node("folder_titles") else { return [:] }
        guard let pairs = node.mapping else {
            fields.report("FIELD_TYPE", "“folder_titles”应是一组“文件夹: 标题”，每行一项，例如“  news/2026: 2026年工作动态”。", at: node)
            return [:]
        }
        var titles: [String: String] = [:]
        for pair in pairs {
            guard let folder = pair.key.scalarText, let title = pair.value.scalarText,
                  !title.trimmingCharacters(in: .whitespaces).isEmpty else {
                fields.report("FIELD_TYPE", "folder_titles 的每一项应写成“文件夹: 标题”，标题是一段文字，例如“  news/2026: 2026年工作动态”。", at: pair.value)
                continue
            }
            let path = folder.trimmingCharacters(in: CharacterSet(charactersIn: "/ "))
            titles[path.hasPrefix("content/") ? String(path.dropFirst("content/".count)) : path] = title
        }
        return titles
    }

    /// `campaign: public_figures:`: each key must be one of `PublicFigureKey`.
    private static func publicFigures(_ fields: inout YAMLFields) -> [PublicFigureRequest] {
        guard let list = fields.node("public_figures") else { return [] }
        let items = list.sequence ?? (list.isScalar ? [list] : [])
        if items.isEmpty && !list.isScalar {
            fields.report("FIELD_TYPE", "“public_figures”应是列表，例如 [四进活动场次, 知晓率]。", at: list)
            return []
        }
        var requests: [PublicFigureRequest] = []
        for item in items {
            guard let text = item.scalarText, let key = PublicFigureKey(rawValue: text.trimmingCharacters(in: .whitespaces)) else {
                fields.report("CAMPAIGN_FIGURE_UNKNOWN",
                              "public_figures 里的“\(item.scalarText ?? "")”不是可以公开的数字。只能写这些（一字不差）：\(PublicFigureKey.list)。请改成其中之一，或删去这一项。",
                              at: item)
                continue
            }
            if !requests.contains(where: { $0.key == key }) {
                requests.append(PublicFigureRequest(key: key, location: fields.location(of: item)))
            }
        }
        return requests
    }
}
