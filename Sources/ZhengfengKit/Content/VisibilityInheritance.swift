/// A section marked `visibility: internal` (in its `_index.md`) makes every page and
/// subsection inside it internal too, so an internal folder never leaks through one page
/// that forgot the setting.
enum VisibilityInheritance {
    static func apply(to pages: inout [String: Page]) {
        let internalSections = Set(pages.values.filter { $0.kind == .section && !$0.isPublic }.map(\.sectionPath))
        guard !internalSections.isEmpty else { return }
        for (path, page) in pages where page.isPublic && isInside(page.sectionPath, anyOf: internalSections) {
            pages[path]!.frontMatter.visibility = .internal
        }
    }

    /// True when `folder` is one of `sections` or lies inside one of them.
    static func isInside(_ folder: String, anyOf sections: Set<String>) -> Bool {
        var current = folder
        while !current.isEmpty {
            if sections.contains(current) { return true }
            guard let slash = current.lastIndex(of: "/") else { return false }
            current = String(current[..<slash])
        }
        return false
    }
}
