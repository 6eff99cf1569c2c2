import Foundation
import ZhengfengKit

/// Maps request paths to files of the preview folder: folders serve their index.html,
/// nothing outside the folder is ever reachable, and each file gets its content type.
struct PreviewFiles: Sendable {
    /// The preview folder, with symbolic links resolved.
    let root: String

    init(root: URL) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath().path
    }

    enum Lookup: Equatable {
        case file(String)
        /// A folder asked for without the final slash: redirect to `path/`.
        case redirect(String)
        case notFound
        /// `..`, `.`, a backslash or a NUL byte in the path.
        case badRequest
    }

    /// `path` is the decoded request path (`/news/a/`).
    func lookup(_ path: String) -> Lookup {
        guard path.hasPrefix("/") else { return .badRequest }
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        if parts.contains(where: { $0 == ".." || $0 == "." || $0.contains("\\") || $0.contains("\0") }) {
            return .badRequest
        }
        var candidate = ([root] + parts.map(String.init)).joined(separator: "/")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue {
            if !path.hasSuffix("/") { return .redirect(path + "/") }
            candidate += "/index.html"
            guard FileManager.default.fileExists(atPath: candidate) else { return .notFound }
        }
        let resolved = URL(fileURLWithPath: candidate).resolvingSymlinksInPath().path
        guard resolved.hasPrefix(root + "/") else { return .notFound }
        return .file(resolved)
    }

    static let contentTypes: [String: String] = [
        "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "json": "application/json", "xml": "application/xml; charset=utf-8",
        "txt": "text/plain; charset=utf-8", "md": "text/plain; charset=utf-8",
        "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
        "gif": "image/gif", "webp": "image/webp", "ico": "image/x-icon", "pdf": "application/pdf",
        "woff": "font/woff", "woff2": "font/woff2", "ttf": "font/ttf", "otf": "font/otf",
        "mp4": "video/mp4", "mp3": "audio/mpeg", "zip": "application/zip",
        "doc": "application/msword", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls": "application/vnd.ms-excel", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ]

    static func contentType(for path: String) -> String {
        contentTypes[(path as NSString).pathExtension.lowercased()] ?? "application/octet-stream"
    }
}
