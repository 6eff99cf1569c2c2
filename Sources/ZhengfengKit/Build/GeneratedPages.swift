import Foundation

/// Pages for folders without `_index.md`: a section page (titled with the folder name, no
/// text) for every section that has published pages, and a home page (titled with the site
/// title) when content/_index.md is missing. They list their pages like any section page.
enum GeneratedPages {
    static func add(to content: inout SiteContent, published: inout [Page]) {
        var needed: Set<String> = [""]
        for page in published {
            var folder = page.kind == .page ? page.sectionPath : (page.sectionPath as NSString).deletingLastPathComponent
            while !folder.isEmpty, needed.insert(folder).inserted {
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        for folder in needed.sorted() {
            guard let section = content.sections[folder], content.pages[section.indexPath] == nil else { continue }
            let page = make(folder: folder, indexPath: section.indexPath, siteTitle: content.config.title)
            content.pages[page.contentPath] = page
            published.append(page)
        }
    }

    static func make(folder: String, indexPath: String, siteTitle: String) -> Page {
        var matter = FrontMatter()
        matter.title = folder.isEmpty ? siteTitle : (folder as NSString).lastPathComponent
        return Page(contentPath: indexPath, sourcePath: folder.isEmpty ? "content/" : "content/\(folder)/",
                    kind: folder.isEmpty ? .home : .section, sectionPath: folder, frontMatter: matter,
                    body: "", bodyLineOffset: 0, urlPath: folder.isEmpty ? "" : folder + "/", isGenerated: true)
    }
}
