import Foundation

/// Refuses symbolic links under the site's templates/ that lead outside the site folder:
/// templates and theme assets are read and copied into the output, so such a link could
/// publish any file of the computer (content/ gets the same rule while it is loaded).
public enum TemplateLinkCheck {
    public static func run(siteDirectory: URL) -> [Diagnostic] {
        let site = siteDirectory.standardizedFileURL
        let templates = site.appendingPathComponent("templates", isDirectory: true)
        var diagnostics: [Diagnostic] = []
        var visited: Set<String> = []
        walk(templates.path, display: "templates", root: site.resolvingSymlinksInPath().path,
             visited: &visited, diagnostics: &diagnostics)
        return diagnostics
    }

    /// True when `path` (symbolic links resolved) is the site folder `root` or inside it.
    static func isInside(_ path: String, root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    private static func walk(_ path: String, display: String, root: String, visited: inout Set<String>,
                             diagnostics: inout [Diagnostic]) {
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted, let entries = try? FileBytes.directoryEntries(path) else { return }
        for (name, _) in entries.sorted(by: { $0.name < $1.name }) {
            let child = path + "/" + name
            let childDisplay = display + "/" + name
            var info = stat()
            guard lstat(child, &info) == 0 else { continue }
            var target = child
            if (info.st_mode & S_IFMT) == S_IFLNK {
                target = URL(fileURLWithPath: child).resolvingSymlinksInPath().path
                guard isInside(target, root: root) else {
                    diagnostics.append(.error("SYMLINK_OUTSIDE",
                                              "这是一个指向站点文件夹以外（\(target)）的快捷方式（符号链接），出于安全不予读取。请把文件复制到 templates 文件夹中。",
                                              at: SourceLocation(file: childDisplay)))
                    continue
                }
                guard stat(child, &info) == 0 else { continue }
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(target, display: childDisplay, root: root, visited: &visited, diagnostics: &diagnostics)
            }
        }
    }
}
