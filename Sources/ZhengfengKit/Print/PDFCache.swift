import Foundation

/// Finished PDFs kept between builds, keyed by a hash of everything that decides their bytes
/// (`PDFInputs`): an unchanged document is copied instead of rendered again, and a plain
/// `build` (without `--pdf`) still publishes the PDFs that match the current print HTML.
///
/// The cache is a folder beside the output (`.zhengfeng-pdf-cache-<output>`), never inside
/// it (it is not published). Each entry is a folder named by its key holding the 办公版 and
/// 印刷版 PDFs, the brochure HTML with its blank pages, and the page count. Entries are
/// written into a temporary folder and renamed into place, so a stopped build never leaves
/// a half entry; only documents that passed the preflight are stored. Beside the entries it
/// remembers WeasyPrint's version and each brochure's blank pages (tried first next time).
struct PDFCache: Sendable {
    let directory: URL

    /// The cache of the output folder `output`.
    init(output: URL) {
        directory = output.deletingLastPathComponent()
            .appendingPathComponent(".zhengfeng-pdf-cache-" + output.lastPathComponent, isDirectory: true)
    }

    /// One stored document.
    struct Entry: Sendable {
        let folder: URL
        let pages: Int
        var office: URL { folder.appendingPathComponent("office.pdf") }
        var press: URL { folder.appendingPathComponent("press.pdf") }
        var html: URL { folder.appendingPathComponent("index.html") }
    }

    /// The entry for `key`, when it is complete.
    func entry(_ key: String) -> Entry? {
        let folder = directory.appendingPathComponent(key, isDirectory: true)
        guard let text = try? String(contentsOf: folder.appendingPathComponent("pages"), encoding: .utf8),
              let pages = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        let entry = Entry(folder: folder, pages: pages)
        let manager = FileManager.default
        guard manager.fileExists(atPath: entry.office.path), manager.fileExists(atPath: entry.press.path),
              manager.fileExists(atPath: entry.html.path) else { return nil }
        // Marks the entry as used (for `prune`).
        try? manager.setAttributes([.modificationDate: Date()], ofItemAtPath: folder.path)
        return entry
    }

    /// Stores a rendered document under `key`. A failure to store is not an error of the
    /// build (the PDFs are in the output); the next build renders them again.
    func store(_ key: String, office: URL, press: URL, html: URL, pages: Int) {
        let manager = FileManager.default
        let folder = directory.appendingPathComponent(key, isDirectory: true)
        let temporary = directory.appendingPathComponent(".tmp-\(key)-\(getpid())", isDirectory: true)
        do {
            try manager.createDirectory(at: temporary, withIntermediateDirectories: true)
            try manager.copyItem(at: office, to: temporary.appendingPathComponent("office.pdf"))
            try manager.copyItem(at: press, to: temporary.appendingPathComponent("press.pdf"))
            try manager.copyItem(at: html, to: temporary.appendingPathComponent("index.html"))
            try Data("\(pages)\n".utf8).write(to: temporary.appendingPathComponent("pages"))
            try? manager.removeItem(at: folder)
            try manager.moveItem(at: temporary, to: folder)
        } catch {
            try? manager.removeItem(at: temporary)
        }
    }

    /// The name of the file that remembers how many blank pages document `name` needed.
    static func blankPagesMemo(_ name: String) -> String { ".blank-pages-" + name }

    /// The blank pages document `name` needed when it was last rendered; 0 when unknown.
    func blankPages(of name: String) -> Int {
        let text = try? String(contentsOf: directory.appendingPathComponent(Self.blankPagesMemo(name)), encoding: .utf8)
        return text.flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
    }

    /// Remembers the blank pages document `name` needed (a failure to write is harmless).
    func rememberBlankPages(_ count: Int, of name: String) {
        guard blankPages(of: name) != count else { return }
        try? Data("\(count)\n".utf8).write(to: directory.appendingPathComponent(Self.blankPagesMemo(name)), options: .atomic)
    }

    /// Removes every entry but the `keep` keys and the `spare` most recently used others
    /// (so that undoing an edit finds its PDFs), and temporary folders of stopped builds.
    func prune(keep: Set<String>, spare: Int = 16) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory.path) else { return }
        var others: [(name: String, used: Date)] = []
        for name in names where !keep.contains(name) {
            let url = directory.appendingPathComponent(name)
            if name.hasPrefix(".tmp-") {
                try? manager.removeItem(at: url)
                continue
            }
            // Not entries: the remembered WeasyPrint version (`PDFRenderer.version`) and blank pages.
            if name == PDFRenderer.versionMemo || name.hasPrefix(Self.blankPagesMemo("")) { continue }
            let used = (try? manager.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast
            others.append((name, used))
        }
        others.sort { $0.used != $1.used ? $0.used > $1.used : $0.name < $1.name }
        for other in others.dropFirst(spare) { try? manager.removeItem(at: directory.appendingPathComponent(other.name)) }
    }
}

/// The cache key of one print document: a SHA-256 over its HTML and page stylesheet, every
/// local file the HTML refers to (stylesheets, images), the fonts installed for WeasyPrint,
/// WeasyPrint's version, the watermark epoch and the variants' settings.
enum PDFInputs {
    /// Bumped when the rendering itself changes (variants, padding, preflight rules).
    static let format = "zhengfeng-pdf-3"

    /// `read` gives the bytes of a file of the output by its path relative to the output root.
    static func key(_ document: PrintDocument, html: String, renderer: String, epoch: Int,
                    read: (String) -> Data?) -> String {
        var hash = SHA256()
        hash.field(format)
        hash.field(renderer)
        hash.field(String(epoch))
        hash.field(document.name)
        hash.field(document.title)
        hash.field(document.author)
        hash.field(PDFVariant.pressStylesheet)
        hash.field(html)
        let folder = String(document.htmlPath.dropLast("index.html".count))
        for reference in references(in: html) {
            guard let path = resolve(reference, from: folder) else { continue }
            hash.field(path)
            if let data = read(path) {
                hash.update(data)
                hash.field("")
            } else {
                hash.field("(missing)")
            }
        }
        return hash.hex()
    }

    /// The values of `src="…"` and `href="…"` attributes in zhengfeng's own print HTML, in
    /// order (templates write attributes with double quotes).
    static func references(in html: String) -> [String] {
        var found: [String] = []
        for attribute in [" src=\"", " href=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                let value = rest[start.upperBound...]
                guard let end = value.firstIndex(of: "\"") else { break }
                found.append(String(value[..<end]))
                rest = value[end...]
            }
        }
        return found
    }

    /// The output path a relative reference points to; nil for external links and anchors.
    static func resolve(_ reference: String, from folder: String) -> String? {
        let bare = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first
            .map { String($0.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "") } ?? ""
        guard !bare.isEmpty, !bare.contains(":"), !bare.hasPrefix("//") else { return nil }
        var parts = bare.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for part in bare.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(part).removingPercentEncoding ?? String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
