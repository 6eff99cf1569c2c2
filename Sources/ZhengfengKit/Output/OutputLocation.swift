import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Decides whether a folder may be (re)placed by a build. Every command that writes output
/// (build, build --pdf, serve) goes through `OutputTransaction`, which asks here first, so
/// no caller can forget it. Refused always: `/` and its direct children, the home folder
/// (or a folder that contains it), the site folder or a folder that contains it, anything
/// inside content/, templates/ or data/, a file, and a folder holding a content/ folder
/// (another site). Refused unless forced: an existing non-empty folder without the marker
/// zhengfeng leaves in each output (so it holds files zhengfeng did not write).
public enum OutputLocation {
    /// The file at the root of every output zhengfeng writes. Its bytes never change, so
    /// builds stay byte-identical.
    public static let markerName = ".zhengfeng-output"
    static let markerText = "这个文件夹由 zhengfeng 生成，每次生成都会更新成新生成的网站，不是生成出来的文件会被删除。请不要在这里编辑或存放文件。\n"

    /// Throws `OutputError` (OUTPUT_UNSAFE or OUTPUT_FOREIGN) when `output` must not be written.
    public static func validate(output: URL, site: URL?, force: Bool = false,
                                home: String? = ProcessInfo.processInfo.environment["HOME"]) throws {
        let out = resolved(output.path)
        func refuse(_ problem: String) -> OutputError {
            OutputError("OUTPUT_UNSAFE",
                        "不能把网站生成到 \(output.path)：\(problem)。什么都没有写入，也没有删除。请用 --output 指定站点以外的一个新文件夹（默认是站点下的 output）。",
                        path: output.path)
        }
        if out == "/" || out.split(separator: "/").count == 1 {
            throw refuse("这是系统的根文件夹或它下面的一级文件夹，生成时会整个被替换")
        }
        if let home, !home.isEmpty, home != "/", contains(out, resolved(home)) {
            throw refuse("这是用户的主文件夹（或它的上级），生成时会整个被替换")
        }
        if let site {
            let root = resolved(site.path)
            if contains(out, root) {
                throw refuse("这是站点文件夹本身或它的上级文件夹，生成时会删除 content 和 templates")
            }
            for folder in ["content", "templates", "data"] where contains(root + "/" + folder, out) {
                throw refuse("它在站点的 \(folder) 文件夹里面，生成时会删除编辑写的文件")
            }
        }
        var info = stat()
        guard lstat(out, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            throw refuse("这里已经有一个同名的文件，不是文件夹")
        }
        if hasEntry(out + "/content") {
            throw refuse("里面有 content 文件夹，它像是另一个站点，生成时会被整个替换")
        }
        let entries = (try? FileBytes.directoryEntries(out)) ?? []
        if !entries.isEmpty && !entries.contains(where: { $0.name == markerName }) && !force {
            throw OutputError("OUTPUT_FOREIGN",
                              "\(output.path) 里已有 \(entries.count) 个文件或文件夹，但不是 zhengfeng 生成的（没有 \(markerName) 标记）。生成会把整个文件夹替换掉，里面的文件会丢失。请换一个空文件夹或新文件夹；确定不要里面的文件时，加上 --force。",
                              path: output.path)
        }
    }

    /// True when `path` is `ancestor` or lies inside it.
    static func contains(_ ancestor: String, _ path: String) -> Bool {
        ancestor == "/" || path == ancestor || path.hasPrefix(ancestor + "/")
    }

    static func hasEntry(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// The absolute path with `.`/`..` and symbolic links resolved, also for a path that
    /// does not exist yet (its longest existing ancestor is resolved, the rest appended).
    public static func resolved(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts: [Substring] = []
        for part in absolute.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        var missing: [Substring] = []
        while true {
            let candidate = "/" + parts.joined(separator: "/")
            if let real = realpath(candidate, nil) {
                defer { free(real) }
                let base = String(cString: real)
                if missing.isEmpty { return base }
                return (base == "/" ? "" : base) + "/" + missing.reversed().joined(separator: "/")
            }
            guard let last = parts.popLast() else { return "/" + missing.reversed().joined(separator: "/") }
            missing.append(last)
        }
    }
}
