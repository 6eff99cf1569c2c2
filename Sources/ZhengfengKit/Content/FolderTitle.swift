import Foundation

/// The title of a folder that has no `_index.md`: what a menu, breadcrumb or list shows for
/// it. Never the bare folder name (`notices`), which means nothing to a reader.
enum FolderTitle {
    /// Shown (with a `FOLDER_TITLE_MISSING` warning) when nothing else names the folder.
    static let untitled = "未命名栏目"

    /// The title for `folder` (`news/2026/05`): `folder_titles:` in site.yml first, then a
    /// year folder (`2026` → 2026年) or a month folder inside a year folder (`05` → 5月);
    /// nil when none applies.
    static func title(of folder: String, config: SiteConfig) -> String? {
        if let title = config.folderTitles[folder] { return title }
        let parts = folder.split(separator: "/")
        guard let name = parts.last else { return nil }
        if let year = yearNumber(name) { return "\(year)年" }
        if parts.count >= 2, yearNumber(parts[parts.count - 2]) != nil, name.count <= 2,
           name.allSatisfy(\.isASCII), let month = Int(name), (1...12).contains(month) {
            return "\(month)月"
        }
        return nil
    }

    /// `2026` → 2026 (four ASCII digits from 1900 to 2999); nil for any other name.
    static func yearNumber(_ name: Substring) -> Int? {
        guard name.count == 4, name.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(name),
              (1900...2999).contains(year) else { return nil }
        return year
    }

    /// The folders that hold a Markdown page, directly or in a folder below: the ones a
    /// reader can reach, so the ones whose title matters.
    static func foldersWithPages(_ pages: [String: Page]) -> Set<String> {
        var folders: Set<String> = []
        for page in pages.values where !page.sectionPath.isEmpty {
            var folder = page.sectionPath
            while !folder.isEmpty, folders.insert(folder).inserted {
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        return folders
    }

    static func missingWarning(_ folder: String) -> Diagnostic {
        .warning("FOLDER_TITLE_MISSING",
                 "文件夹 content/\(folder) 没有 _index.md，菜单、导航和列表里不知道它叫什么，暂时显示为“\(untitled)”。"
                 + "请在文件夹里新建 _index.md 写上 title，或在 site.yml 的 folder_titles 下加一行“  \(folder): 栏目名称”。",
                 at: SourceLocation(file: "content/" + folder))
    }
}
