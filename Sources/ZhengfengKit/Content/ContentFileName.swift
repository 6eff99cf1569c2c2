import Foundation

/// What a file name under content/ means, in one place: a page, a section's own page,
/// or a file that is never published (system and editor leftovers).
public enum ContentFileName {
    /// True for a Markdown page file: `.md` or `.markdown` in any case. Such a file is always
    /// loaded and checked as a page, never copied raw. (Bytes are compared, without making a
    /// lower-case copy of every file name of a large site.)
    public static func isPage(_ name: String) -> Bool {
        guard name.utf8.first != UInt8(ascii: ".") else { return false }
        return hasSuffixIgnoringASCIICase(name, ".md") || hasSuffixIgnoringASCIICase(name, ".markdown")
    }

    /// True for a section's own page, `_index` with a page extension (`_index.md`, `_INDEX.MD`).
    public static func isIndex(_ name: String) -> Bool {
        name.utf8.first == UInt8(ascii: "_") && isPage(name)
            && (name as NSString).deletingPathExtension.lowercased() == "_index"
    }

    /// Names that are never published and are skipped without a word: dot-files (`.DS_Store`,
    /// `.git`), Office lock files (`~$报告.docx`), Windows' `Thumbs.db` and `desktop.ini`,
    /// and backup copies (`新闻.md~`, `照片.jpg.bak`).
    public static func isNeverPublished(_ name: String) -> Bool {
        if name.hasPrefix(".") || name.hasPrefix("~$") || name.hasSuffix("~") { return true }
        return hasSuffixIgnoringASCIICase(name, ".bak")
            || (name.utf8.count == 9 && hasSuffixIgnoringASCIICase(name, "thumbs.db"))
            || (name.utf8.count == 11 && hasSuffixIgnoringASCIICase(name, "desktop.ini"))
    }

    /// Whether `name` ends with `suffix` (lower-case ASCII), ignoring the case of ASCII letters.
    static func hasSuffixIgnoringASCIICase(_ name: String, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        let bytes = name.utf8
        guard bytes.count >= count else { return false }
        let tail = bytes.suffix(count)
        return suffix.withUTF8Buffer { wanted in
            zip(tail, wanted).allSatisfy { byte, lower in
                byte == lower || (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") && byte == lower - 32)
            }
        }
    }

    /// A path as it appears in a URL: Unicode NFC, so that a name typed on one system and
    /// saved (decomposed) on another is one address.
    public static func urlForm(_ path: String) -> String {
        // ASCII is its own NFC: the usual path costs no Foundation call.
        path.utf8.allSatisfy { $0 < 0x80 } ? path : path.precomposedStringWithCanonicalMapping
    }

    /// The key under which two URLs collide on a server that ignores case (IIS, the usual
    /// Windows server) or compares Unicode names loosely: NFC, then lower case.
    public static func collisionKey(_ path: String) -> String {
        urlForm(path).lowercased()
    }
}
