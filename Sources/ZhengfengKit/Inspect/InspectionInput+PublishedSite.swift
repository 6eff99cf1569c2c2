import Foundation
import Markdown

extension InspectionInput {
    /// The codes of the build's checks that belong to 链接可用性.
    static let linkCodes: Set<String> = ["LINK_BROKEN", "LINK_ANCHOR", "LINK_OUTSIDE", "LINK_TO_UNPUBLISHED",
                                         "LINK_TO_INTERNAL", "IMAGE_MISSING"]
    /// Government meta tags every page carries, then those of columns and articles.
    static let siteMeta = ["SiteName", "SiteDomain", "SiteIDCode"]
    static let columnMeta = ["ColumnName"]
    static let articleMeta = ["ArticleTitle", "PubDate", "ContentSource"]

    /// The inspection's input from what `SiteBuilder.prepare` made: the published site, the
    /// checks' diagnostics and the templates (a few pages are rendered to look at their meta tags).
    public init(prepared: PreparedSite, today: PageDate) {
        let site = prepared.site
        let content = site.source
        let config = site.config
        var settingProblems: [Diagnostic] = []

        let siteYAML = content.configTexts.first { $0.file == "content/site.yml" }?.text ?? ""
        let (settings, settingDiagnostics) = InspectionSettings.parse(siteYAML: siteYAML)
        settingProblems += settingDiagnostics
        var wording = WordingList.builtIn
        if let own = content.configTexts.first(where: { $0.file == WordingList.file }) {
            let (rules, problems) = WordingList.parse(own.text)
            wording += rules
            settingProblems += problems
        }

        var pages: [String: Article] = [:]
        for (path, rendered) in site.pages {
            let page = rendered.page
            pages[path] = Article(contentPath: path, sourcePath: page.sourcePath, title: page.title, date: page.date,
                                  dateLocation: page.frontMatter.valueLocations["date"], isSection: page.kind != .page)
        }

        let latest = PublishedSite.newestFirst(site.pages(inSection: config.latestSection)).prefix(config.latestCount)
        var homePages = latest.map(\.page.contentPath)
        if let home = site.sections[""], site.pages[home.indexPath] != nil { homePages.append(home.indexPath) }

        var columns: [Column] = []
        for path in site.sections.keys.sorted() where !path.isEmpty {
            guard let section = site.sections[path], section.isPublished else { continue }
            let own = site.pages[section.indexPath]?.page
            var opened: (date: PageDate, location: SourceLocation)?
            if let own, let value = own.frontMatter.params.first(where: { $0.key == InspectionSettings.columnOpenedKey })?.value {
                let location = own.frontMatter.valueLocations[InspectionSettings.columnOpenedKey] ?? SourceLocation(file: own.sourcePath)
                if let text = value.text, let date = PageDate(parsing: text) {
                    opened = (date, location)
                } else {
                    settingProblems.append(.error("INSPECT_SETTING",
                                                  "column_opened 不是有效的日期。请写成 2026-03-01（栏目开设的日子）。",
                                                  at: location))
                }
            }
            columns.append(Column(path: path, title: section.title,
                                  sourcePath: own?.sourcePath ?? "content/\(path)/_index.md",
                                  columnType: section.columnType, pages: Self.pages(under: path, in: site),
                                  hasSubcolumns: !section.subsections.isEmpty,
                                  hasText: own.map { !$0.isGenerated && !$0.bodySource.isBlank } ?? false,
                                  opened: opened))
        }

        var texts: [Text] = []
        for path in site.outputOrder {
            let page = site.pages[path]!.page
            texts.append(Text(file: page.sourcePath, lineOffset: 1, text: page.frontMatterText))
            texts.append(Text(file: page.sourcePath, lineOffset: page.bodyLineOffset, text: page.body))
        }
        for source in content.configTexts where source.file != WordingList.file {
            texts.append(Text(file: source.file, lineOffset: 0, text: source.text))
        }

        var external: [ExternalLink] = []
        for path in site.outputOrder {
            let rendered = site.pages[path]!
            for (reference, target) in rendered.links where target == .external {
                let lower = reference.destination.lowercased()
                guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { continue }
                external.append(ExternalLink(url: reference.destination,
                                             location: SourceLocation(file: rendered.page.sourcePath,
                                                                      line: rendered.page.bodyLineOffset + reference.line,
                                                                      column: reference.column)))
            }
        }
        for published in site.channels where !published.channel.url.isEmpty {
            external.append(ExternalLink(url: published.channel.url, location: SourceLocation(file: "content/data/channels.yml")))
        }

        self.init(today: today, settings: settings, homeSourcePath: site.sections[""].flatMap { site.pages[$0.indexPath]?.page.sourcePath } ?? "content/_index.md",
                  homePages: homePages, homeListTitle: site.sectionTitle(config.latestSection), pages: pages,
                  columns: columns, texts: texts, wording: wording,
                  linkProblems: prepared.diagnostics.filter { Self.linkCodes.contains($0.code) },
                  externalLinks: external,
                  missingInfo: Self.missingInfo(content: content),
                  siteCode: Self.siteCode(config: config, siteYAML: siteYAML),
                  missingMeta: Self.missingMeta(prepared: prepared),
                  settingProblems: settingProblems,
                  otherErrors: prepared.diagnostics.filter { $0.severity == .error && !Self.linkCodes.contains($0.code) }.count)
    }

    /// The published pages of a column and its subcolumns.
    static func pages(under path: String, in site: PublishedSite) -> [String] {
        guard let section = site.sections[path] else { return [] }
        return section.pages + section.subsections.flatMap { pages(under: $0, in: site) }
    }

    /// The footer slots of a government site that are missing, or still placeholders.
    static func missingInfo(content: SiteContent) -> [MissingInfo] {
        var found = PlaceholderScanner.missingSettings(content.config).map {
            MissingInfo(field: $0.field, what: $0.what, location: $0.location, isPlaceholder: false)
        }
        let slots: [String: String] = ["sponsor": "主办单位", "footer.icp": "ICP备案号", "footer.public_security": "公安机关备案号",
                                       "footer.site_code": "网站标识码", "footer.conac_url": "党政机关网站标识的链接",
                                       "footer.conac_image": "党政机关网站标识的图片",
                                       "footer.error_report_url": "“我为政府网站找错”的链接"]
        for placeholder in PlaceholderScanner.scan(content: content, published: [])
        where placeholder.location.file == "content/site.yml" {
            guard let what = slots[placeholder.field], !found.contains(where: { $0.field == placeholder.field }) else { continue }
            found.append(MissingInfo(field: placeholder.field, what: what, location: placeholder.location, isPlaceholder: true))
        }
        return found
    }

    /// `footer.site_code` when it is filled in (not a placeholder), with where it is written.
    static func siteCode(config: SiteConfig, siteYAML: String) -> (value: String, location: SourceLocation)? {
        let value = config.footer.siteCode.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty, !PlaceholderText.occurs(in: value) else { return nil }
        let file = "content/site.yml"
        guard let root = try? YAMLParser.parse(siteYAML, file: file) else { return (value, SourceLocation(file: file)) }
        let top = YAMLFields(root, file: file)
        guard let footer = top.node("footer"), let node = YAMLFields(footer, file: file).node("site_code") else {
            return (value, SourceLocation(file: file))
        }
        return (value, top.location(of: node))
    }

    /// Renders the home page, each column's page and each column's newest page and lists the
    /// government meta tags missing from their HTML (a theme of one's own may leave them out).
    static func missingMeta(prepared: PreparedSite) -> [(file: String, tags: [String])] {
        let site = prepared.site
        let contexts = TemplateContexts(site: site)
        var sample: [(path: String, tags: [String])] = []
        if let home = site.sections[""], site.pages[home.indexPath] != nil { sample.append((home.indexPath, siteMeta)) }
        for path in site.sections.keys.sorted() where !path.isEmpty {
            guard let section = site.sections[path], section.isPublished else { continue }
            if site.pages[section.indexPath] != nil { sample.append((section.indexPath, siteMeta + columnMeta)) }
            if let newest = PublishedSite.newestFirst(site.pages(inSection: path)).first {
                sample.append((newest.page.contentPath, siteMeta + columnMeta + articleMeta))
            }
        }
        var missing: [(file: String, tags: [String])] = []
        for (path, tags) in sample {
            let page = site.pages[path]!.page
            let name = page.frontMatter.template ?? (page.kind == .home ? "home" : page.kind == .section ? "section" : "page")
            guard let html = try? prepared.templates.render(name, context: contexts.context(for: path), for: page.sourcePath) else { continue }
            let absent = tags.filter { !html.contains("<meta name=\"\($0)\" content=\"") || html.contains("<meta name=\"\($0)\" content=\"\"") }
            if !absent.isEmpty { missing.append((page.sourcePath, absent)) }
        }
        return missing
    }
}
