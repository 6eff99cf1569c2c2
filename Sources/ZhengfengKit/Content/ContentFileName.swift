import Foundation

/// What a file name under content/ means, in one place: a page, a section's own page,
/// or a file that is never published (system and editor leftovers).
public enum ContentFileName {
    /// Page file extensions, compared without regard to case (`.md`, `.MD`, `.Markdown`).
    static let pageExtensions: Set<String> = ["md", "markdown"]

    /// True for a Markdown page file: `.md` or `.markdown` in any case. Such a file is always
    /// loaded and checked as a page, never copied raw.
    public static func isPage(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return pageExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// True for a section's own page, `_index` with a page extension (`_index.md`, `_INDEX.MD`).
    public static func isIndex(_ name: String) -> Bool {
        isPage(name) && (name as NSString).deletingPathExtension.lowercased() == "_index"
    }

    /// Names that are never published and are skipped without a word: dot-files (`.DS_Store`,
    /// `.git`), Office lock files (`~$报告.docx`), Windows' `Thumbs.db` and `desktop.ini`,
    /// and backup copies (`新闻.md~`, `照片.jpg.bak`).
    public static func isNeverPublished(_ name: String) -> Bool {
        if name.hasPrefix(".") || name.hasPrefix("~$") || name.hasSuffix("~") { return true }
        let lower = name.lowercased()
        return lower == "thumbs.db" || lower == "desktop.ini" || lower.hasSuffix(".bak")
    }

    /// A path as it appears in a URL: Unicode NFC, so that a name typed on one system and
    /// saved (decomposed) on another is one address.
    public static func urlForm(_ path: String) -> String {
        path.precomposedStringWithCanonicalMapping
    }

    /// The key under which two URLs collide on a server that ignores case (IIS, the usual
    /// Windows server) or compares Unicode names loosely: NFC, then lower case.
    public static func collisionKey(_ path: String) -> String {
        urlForm(path).lowercased()
    }
}
