import Foundation

/// `zhengfeng new` and `zhengfeng init`: files an editor starts from.
public enum Scaffold {
    /// Creates `content/<section>/<slug>.md` with front matter; refuses to overwrite.
    public static func newPage(site: URL, section: String, title: String, slug: String?, now: PageDate) throws -> URL {
        for name in section.split(separator: "/").map(String.init) + [slug].compactMap({ $0 }) {
            if let problem = URLName.problem(name) {
                throw Diagnostic.error("SLUG_INVALID", "“\(name)”不能用作网址：\(problem)。", at: SourceLocation(file: "content/\(section)"))
            }
        }
        let folder = site.appendingPathComponent("content").appendingPathComponent(section, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var name = slug ?? now.day
        var counter = 1
        while FileManager.default.fileExists(atPath: folder.appendingPathComponent(name + ".md").path) {
            guard slug == nil else {
                throw Diagnostic.error("FILE_EXISTS", "文件 content/\(section)/\(name).md 已存在，未覆盖。请换一个 --slug。",
                                       at: SourceLocation(file: "content/\(section)/\(name).md"))
            }
            counter += 1
            name = "\(now.day)-\(counter)"
        }
        let quotedTitle = "\"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        let text = """
        ---
        title: \(quotedTitle)
        date: \(now.minute)
        source: 
        draft: true
        ---

        在这里写正文。写好后把上面的 draft: true 删除或改为 false，页面才会发布。

        """
        let url = folder.appendingPathComponent(name + ".md")
        try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        return url
    }

    /// Creates a new site folder with a minimal site.yml, a home page and the built-in templates.
    public static func initSite(at directory: URL) throws {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: directory.appendingPathComponent("content").path) {
            throw Diagnostic.error("SITE_EXISTS", "这里已经有 content 文件夹，未做任何修改。", at: SourceLocation(file: directory.path))
        }
        let content = directory.appendingPathComponent("content", isDirectory: true)
        try fileManager.createDirectory(at: content.appendingPathComponent("news"), withIntermediateDirectories: true)
        // The base URL is on a reserved example domain: a placeholder until the real address
        // is known, so `build --release` refuses it (see `PlaceholderCheck`).
        try Data("title: \"新站点\"\nbase_url: \"https://www.example.org/\"\nsponsor: \"\"\n".utf8)
            .write(to: content.appendingPathComponent("site.yml"))
        try Data("---\ntitle: \"首页\"\n---\n\n欢迎。\n".utf8).write(to: content.appendingPathComponent("_index.md"))
        try Data("---\ntitle: \"工作动态\"\nweight: 10\n---\n".utf8)
            .write(to: content.appendingPathComponent("news/_index.md"))
        try fileManager.copyItem(at: ThemeLoader.builtInDirectory, to: directory.appendingPathComponent("templates"))
    }
}
