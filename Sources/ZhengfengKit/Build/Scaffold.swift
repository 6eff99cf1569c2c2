import Foundation

/// `zhengfeng new` and `zhengfeng init`: files an editor starts from.
public enum Scaffold {
    /// Creates a draft page in an existing section: the file is named after the title
    /// (`content/news/三月工作动态.md`, so editors find it by its title), and its URL name is
    /// an ASCII `slug:` in the front matter (`--slug`, or the day: `2026-03-03`, `2026-03-03-2`),
    /// so the address stays the same when the title or file name changes. A section that does
    /// not exist is an error listing those that do: a typo never creates a section.
    public static func newPage(site: URL, section: String, title: String, slug: String?, now: PageDate) throws -> URL {
        let content = site.appendingPathComponent("content", isDirectory: true)
        let sections = sectionFolders(in: content)
        guard sections.contains(section) else {
            let known = sections.isEmpty ? "（还没有栏目）" : sections.joined(separator: "、")
            throw Diagnostic.error("NEW_SECTION_UNKNOWN",
                                   "没有“\(section)”这个栏目，未新建任何文件。现有栏目：\(known)。请从中选一个，例如 zhengfeng new \(sections.first ?? "news") \(title)；要新建栏目，请先在 content 里建文件夹并写 _index.md。",
                                   at: SourceLocation(file: "content/\(section)"))
        }
        if let slug, let problem = URLName.problem(slug) {
            throw Diagnostic.error("SLUG_INVALID", "“\(slug)”不能用作网址：\(problem)。", at: SourceLocation(file: "content/\(section)"))
        }
        let folder = content.appendingPathComponent(section, isDirectory: true)
        let taken = usedURLNames(in: folder)
        var urlName = slug ?? now.day
        if slug == nil {
            var counter = 1
            while taken.contains(urlName) {
                counter += 1
                urlName = "\(now.day)-\(counter)"
            }
        } else if taken.contains(urlName) {
            throw Diagnostic.error("FILE_EXISTS", "栏目 content/\(section) 里已有网址名为“\(urlName)”的页面，未新建。请换一个 --slug。",
                                   at: SourceLocation(file: "content/\(section)"))
        }
        let baseName = fileName(for: title)
        var name = baseName
        var counter = 1
        while FileManager.default.fileExists(atPath: folder.appendingPathComponent(name + ".md").path) {
            counter += 1
            name = "\(baseName)-\(counter)"
        }
        let text = """
        ---
        title: \(quoted(title))
        date: \(now.minute)
        slug: \(urlName)
        source: 
        draft: true
        ---

        在这里写正文。写好后把上面的 draft: true 删除或改为 false，页面才会发布。

        """
        let url = folder.appendingPathComponent(name + ".md")
        try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        return url
    }

    /// A YAML double-quoted string.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The title as a file name: letters, digits, `-` and `_` kept, anything else (spaces,
    /// quotes, slashes, colons) dropped; at most 40 characters; 新页面 when nothing is left.
    static func fileName(for title: String) -> String {
        let kept = title.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return kept.isEmpty ? "新页面" : String(kept.prefix(40))
    }

    /// Folder paths under content/ that are sections (not data/, not hidden), sorted.
    static func sectionFolders(in content: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(at: content, includingPropertiesForKeys: [.isDirectoryKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        var folders: [String] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(content.standardizedFileURL.path.count + 1))
            if path == "data" || path.hasPrefix("data/") { enumerator.skipDescendants(); continue }
            folders.append(path)
        }
        return folders.sorted()
    }

    /// The URL names the pages of `folder` use: their file names and their `slug:` values.
    static func usedURLNames(in folder: URL) -> Set<String> {
        var names: Set<String> = []
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for file in files where file.lowercased().hasSuffix(".md") {
            names.insert(String(file.dropLast(3)))
            guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8),
                  let split = try? FrontMatterSplit.split(text, file: file),
                  let slug = FrontMatterParser.parse(split, file: file).0?.slug else { continue }
            names.insert(slug)
        }
        return names
    }

    /// The content/ folder `zhengfeng init` starts a site from (inside the binary): site.yml
    /// with every common setting explained in Chinese, the reporting channels, the five
    /// sections of the home page, a news section with a sample page. What only the office
    /// can know is a `【待填：…】` placeholder, so the new site builds as a proof and a
    /// release build lists each one.
    public static var starterDirectory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Starter", isDirectory: true)
    }

    /// Creates a new site folder: content/ from the starter and the built-in templates.
    public static func initSite(at directory: URL) throws {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: directory.appendingPathComponent("content").path) {
            throw Diagnostic.error("SITE_EXISTS", "这里已经有 content 文件夹，未做任何修改。", at: SourceLocation(file: directory.path))
        }
        try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
        try fileManager.copyItem(at: starterDirectory, to: directory.appendingPathComponent("content"))
        if !fileManager.fileExists(atPath: directory.appendingPathComponent("templates").path) {
            try fileManager.copyItem(at: ThemeLoader.builtInDirectory, to: directory.appendingPathComponent("templates"))
        }
    }
}
