import Foundation
import Markdown

/// Turns typed page models into Mustache contexts. This is the only place where typed models
/// become `[String: Any]`; the keys are documented in docs/templates.md.
extension TemplateContexts {
    /// The full context for rendering `path` with its template.
    public func context(for path: String) -> [String: Any] {
        guard let rendered = site.pages[path] else { return shared }
        let page = rendered.page
        // Values are compacted (empty strings left out) as they are set, not by walking the
        // whole context again: list items and the menu are compacted once per build.
        var context: [String: Any] = [:]
        context.reserveCapacity(32)
        var item = listItem(rendered)
        item.reserveCapacity(24)
        TemplateValue.set(&item, "content", rendered.html)
        TemplateValue.set(&item, "permalink", site.canonicalURL(page.urlPath))
        item["kind"] = page.kind.rawValue
        item["is_home"] = page.kind == .home
        item["is_section"] = page.kind == .section
        item["is_page"] = page.kind == .page
        TemplateValue.set(&item, "source", page.frontMatter.source ?? config.sponsor)
        item["has_source"] = !(page.frontMatter.source ?? "").isEmpty
        item["tags"] = page.frontMatter.tags
        let toc = rendered.headings.filter { $0.level == 2 || $0.level == 3 }.map { heading -> [String: Any] in
            var entry: [String: Any] = ["level": heading.level, "is_sub": heading.level == 3]
            TemplateValue.set(&entry, "id", heading.id)
            TemplateValue.set(&entry, "title", heading.text)
            return entry
        }
        item["toc"] = toc
        item["has_toc"] = toc.count >= 3
        var params: [String: Any] = [:]
        for pair in page.frontMatter.params { params[pair.key] = pair.value.templateValue }
        item["params"] = params.isEmpty ? params : TemplateValue.compacted(params)
        if let notice = page.frontMatter.notice { item["notice"] = Self.noticeContext(notice, date: page.date) }

        let sectionPath = page.sectionPath
        TemplateValue.set(&item, "section_title", site.sectionTitle(sectionPath))
        TemplateValue.set(&item, "section_url", url(sectionPath.isEmpty ? "" : sectionPath + "/"))
        context["page"] = item
        let crumbs = breadcrumbs(for: page)
        context["breadcrumbs"] = crumbs
        context["has_breadcrumbs"] = !crumbs.isEmpty
        context["meta"] = meta(for: rendered)

        switch page.kind {
        case .home:
            let cards = features()
            context["features"] = TemplateValue.compacted(cards as Any)
            context["has_features"] = !cards.isEmpty
            // The latest section's list, with the pages of its folders rolled up (news/2026/05/).
            let listed = (site.sections[config.latestSection]?.list.pages ?? []).lazy.compactMap { self.site.pages[$0] }
            let latest = PublishedSite.newestFirst(listed).prefix(config.latestCount)
            context["latest"] = latest.map(listItem)
            context["has_latest"] = !latest.isEmpty
            TemplateValue.set(&context, "latest_url", url(config.latestSection + "/"))
            TemplateValue.set(&context, "latest_title", site.sectionTitle(config.latestSection))
        case .section:
            if let section = site.sections[page.sectionPath] {
                addListing(&context, list: section.list, number: 1, section: section)
            }
            let subsections = (site.sections[page.sectionPath]?.subsections ?? [])
                .map { ["title": site.sectionTitle($0), "url": url($0 + "/")] as [String: Any] }
            context["subsections"] = TemplateValue.compacted(subsections as Any)
            context["has_subsections"] = !subsections.isEmpty
        case .page:
            let (previous, next) = site.neighbours(of: path)
            if let previous = previous.flatMap({ site.pages[$0] }) { context["prev"] = listItem(previous) }
            if let next = next.flatMap({ site.pages[$0] }) { context["next"] = listItem(next) }
        }
        context["nav"] = navigation(activeSection: page.sectionPath)
        context.merge(shared) { own, _ in own }
        return context
    }

    /// Context for pages that have no Markdown file (404).
    public func standaloneContext(title: String) -> [String: Any] {
        var context: [String: Any] = [:]
        context["page"] = ["title": title, "url": url(""), "section_title": ""] as [String: Any]
        context["nav"] = navigation(activeSection: nil)
        context["breadcrumbs"] = [[String: Any]]()
        context["meta"] = [
            "site_name": config.title, "site_domain": config.domain, "site_id_code": config.footer.siteCode,
            "column_name": config.title, "content_source": config.sponsor,
            "author": config.sponsor, "keywords": config.title,
            "document_title": documentTitle(title, column: ""),
        ]
        context = TemplateValue.compacted(context)
        context.merge(shared) { own, _ in own }
        return context
    }

    /// The trail of sections above a page, compacted.
    func breadcrumbs(for page: Page) -> [[String: Any]] {
        guard page.kind != .home else { return [] }
        var crumbs: [[String: Any]] = [["title": "首页", "url": url("")]]
        var prefix = ""
        let parts = page.sectionPath.split(separator: "/")
        for (index, part) in parts.enumerated() {
            prefix = prefix.isEmpty ? String(part) : prefix + "/" + part
            let isLast = index == parts.count - 1 && page.kind == .section
            if !isLast {
                var crumb: [String: Any] = [:]
                TemplateValue.set(&crumb, "title", site.sectionTitle(prefix))
                TemplateValue.set(&crumb, "url", url(prefix + "/"))
                crumbs.append(crumb)
            }
        }
        return crumbs
    }

    func features() -> [[String: Any]] {
        config.features.filter(site.isPublishedSection).enumerated().map { index, path in
            let indexPage = site.sections[path].flatMap { site.pages[$0.indexPath] }
            return [
                "title": site.sectionTitle(path),
                "url": url(path + "/"),
                "summary": indexPage?.summary ?? "",
                "number": index + 1,
                "slug": path,
            ]
        }
    }

    /// Government-site meta tags (SiteName, SiteDomain, SiteIDCode, ColumnName, ArticleTitle,
    /// PubDate, ContentSource, Keywords, Author, Description, Url) and the document title, compacted.
    func meta(for rendered: RenderedPage) -> [String: Any] {
        let page = rendered.page
        var meta: [String: Any] = [:]
        meta.reserveCapacity(8)
        TemplateValue.set(&meta, "site_name", config.title)
        TemplateValue.set(&meta, "site_domain", config.domain)
        TemplateValue.set(&meta, "site_id_code", config.footer.siteCode)
        TemplateValue.set(&meta, "column_name", page.kind == .home ? "首页" : site.sectionTitle(page.sectionPath))
        TemplateValue.set(&meta, "column_type", site.sections[page.sectionPath]?.columnType ?? "")
        if page.kind == .page { TemplateValue.set(&meta, "article_title", page.title) }
        TemplateValue.set(&meta, "pub_date", page.date?.minute ?? "")
        TemplateValue.set(&meta, "content_source", page.frontMatter.source ?? config.sponsor)
        TemplateValue.set(&meta, "description", rendered.summary)
        let column = page.kind == .home ? "" : site.sectionTitle(page.sectionPath)
        TemplateValue.set(&meta, "keywords", keywords(page: page, column: column))
        TemplateValue.set(&meta, "author", page.frontMatter.source ?? config.sponsor)
        TemplateValue.set(&meta, "url", site.canonicalURL(page.urlPath))
        TemplateValue.set(&meta, "document_title", documentTitle(page.title, column: column))
        return meta
    }

    /// 「页面标题_栏目_站点名」, leaving out parts that repeat (a section page is its own column).
    func documentTitle(_ title: String, column: String) -> String {
        var parts: [String] = []
        for part in [title, column, config.title] where !part.isEmpty && !parts.contains(part) {
            parts.append(part)
        }
        return parts.joined(separator: "_")
    }

    /// The page's tags (front matter `tags`), else its title, column and the site name.
    func keywords(page: Page, column: String) -> String {
        var words: [String] = []
        let source = page.frontMatter.tags.isEmpty ? [page.title, column, config.title] : page.frontMatter.tags
        for word in source where !word.isEmpty && !words.contains(word) { words.append(word) }
        return words.joined(separator: ",")
    }
}
