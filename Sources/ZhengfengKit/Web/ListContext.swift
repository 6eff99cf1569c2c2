import Foundation

/// Section lists as template values: the pages of one list page, the pager (上一页/下一页
/// and page numbers) and the archive years; and the whole context of a list page that has
/// no Markdown file (page 2 and after, archive years). The keys are documented in
/// docs/templates.md.
extension TemplateContexts {
    /// Sets `pages`, `notice_years`, `pager` and `archives` for list page `number` of `list`.
    func addListing(_ context: inout [String: Any], list: PublishedList, number: Int, section: PublishedSection) {
        let shown = list.pages(onPage: number).compactMap { site.pages[$0] }
        let items = shown.map(listItem)
        context["pages"] = items
        context["has_pages"] = !items.isEmpty
        let noticeYears = noticeYears(shown)
        if !noticeYears.isEmpty {
            context["notice_years"] = noticeYears
            context["has_notice_years"] = true
            let others = shown.filter { $0.page.frontMatter.notice == nil }.map(listItem)
            if !others.isEmpty { context["notice_other"] = ["pages": others] }
        }
        if let pager = pager(list, number: number) {
            context["pager"] = pager
            context["has_pager"] = true
        }
        if !section.archiveYears.isEmpty {
            context["archives"] = section.archiveYears.map { archive -> [String: Any] in
                ["year": archive.year, "title": "\(archive.year)年", "url": url(archive.urlPath),
                 "is_current": list.year == archive.year]
            }
            context["has_archives"] = true
        }
    }

    /// The pager of list page `number`, or nil when the list has one page. Page numbers show
    /// the first and last page and two either side of the current one, with gaps between.
    func pager(_ list: PublishedList, number: Int) -> [String: Any]? {
        let count = list.pageCount
        guard count > 1 else { return nil }
        var shown: [Int] = []
        for candidate in [1] + Array(max(2, number - 2)...max(2, min(count - 1, number + 2))) + [count]
        where candidate >= 1 && candidate <= count && !shown.contains(candidate) {
            shown.append(candidate)
        }
        var items: [[String: Any]] = []
        for (index, page) in shown.enumerated() {
            if index > 0, page - shown[index - 1] > 1 { items.append(["is_gap": true]) }
            items.append(["number": page, "url": url(list.urlPath(ofPage: page)), "is_current": page == number,
                          "label": "第\(page)页"])
        }
        var pager: [String: Any] = [
            "current": number, "total": count, "status": "第 \(number) 页，共 \(count) 页", "items": items,
        ]
        if number > 1 { pager["prev_url"] = url(list.urlPath(ofPage: number - 1)) }
        if number < count { pager["next_url"] = url(list.urlPath(ofPage: number + 1)) }
        return pager
    }

    /// The title of list page `number`: the section's, an archive year's (2026年工作动态), and
    /// （第2页） after the first page.
    func listTitle(_ list: PublishedList, number: Int) -> String {
        let base = list.year.map { "\($0)年" + site.sectionTitle(list.sectionPath) } ?? site.sectionTitle(list.sectionPath)
        return number > 1 ? base + "（第\(number)页）" : base
    }

    /// The full context of a list page with no Markdown file: the section page's context with
    /// its own text left out, and this page's title, address, trail and listing.
    public func context(for listPage: ListPage) -> [String: Any] {
        let list = listPage.list
        guard let section = site.sections[list.sectionPath] else { return shared }
        var context = context(for: section.indexPath)
        let title = listTitle(list, number: listPage.number)
        var page = context["page"] as? [String: Any] ?? [:]
        for key in ["content", "summary", "toc", "has_toc", "is_sample", "is_draft", "notice", "params", "date", "date_display", "datetime"] {
            page.removeValue(forKey: key)
        }
        page["title"] = title
        page["url"] = url(listPage.urlPath)
        page["permalink"] = site.canonicalURL(listPage.urlPath)
        page["kind"] = listPage.number == 1 ? "list" : "list-more"
        page["list_url"] = list.urlPath
        context["page"] = page

        var crumbs = breadcrumbs(for: site.pages[section.indexPath]!.page)
        crumbs.append(["title": section.title, "url": url(section.urlPath)])
        if let year = list.year, listPage.number > 1 { crumbs.append(["title": "\(year)年", "url": url(list.urlPath)]) }
        context["breadcrumbs"] = crumbs
        context["has_breadcrumbs"] = true

        var meta = context["meta"] as? [String: Any] ?? [:]
        meta["url"] = site.canonicalURL(listPage.urlPath)
        meta["document_title"] = documentTitle(title, column: section.title)
        meta.removeValue(forKey: "pub_date")
        context["meta"] = meta

        for key in ["pages", "has_pages", "notice_years", "has_notice_years", "notice_other", "pager", "has_pager",
                    "archives", "has_archives", "subsections", "has_subsections"] {
            context.removeValue(forKey: key)
        }
        addListing(&context, list: list, number: listPage.number, section: section)
        return context
    }
}
