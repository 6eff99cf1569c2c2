import Foundation
import Synchronization

/// A page's Markdown: what follows its front matter. The loader keeps it in memory while the
/// build's body budget lasts (all of it on ordinary sites: 10,000 pages are about 40 MB);
/// beyond the budget it keeps only the text's length and digest and reads the file again
/// each time the text is needed, so a 100,000-page site does not hold 400 MB of Markdown.
///
/// A file read again must give the same text. When it does not (edited or removed while the
/// build ran), `text` is empty and the problem is recorded in the loader's `BodyRereads`,
/// which the build checks before it publishes anything.
public final class PageBody: Sendable {
    /// Where the text is: in memory, or only in the file (with what identifies the text).
    private enum Storage {
        case kept(String)
        case file(path: String, displayPath: String, byteCount: Int, digest: Int, rereads: BodyRereads)
    }

    private let storage: Storage
    /// True when the body is empty or only white space (known without reading it again).
    public let isBlank: Bool

    /// Markdown that stays in memory (pages made in memory, generated section pages).
    public init(_ text: String) {
        storage = .kept(text)
        isBlank = text.allSatisfy(\.isWhitespace)
    }

    /// The body of the file at `path`, kept while `budget` has room for it; otherwise read
    /// again from the file when needed, and any difference then recorded in `rereads`.
    init(_ text: String, file path: String, displayPath: String, budget: ByteBudget, rereads: BodyRereads) {
        let bytes = text.utf8.count
        isBlank = text.allSatisfy(\.isWhitespace)
        storage = budget.take(bytes) ? .kept(text)
            : .file(path: path, displayPath: displayPath, byteCount: bytes, digest: Self.digest(text), rereads: rereads)
    }

    /// True when the text lives in memory (no file read when it is asked for).
    var isKept: Bool {
        if case .kept = storage { return true }
        return false
    }

    /// The Markdown (read from the file again when it was not kept).
    public var text: String {
        switch storage {
        case .kept(let text):
            return text
        case let .file(path, displayPath, byteCount, digest, rereads):
            if let text = Self.reread(path, displayPath: displayPath, byteCount: byteCount, digest: digest) { return text }
            rereads.record(displayPath)
            return ""
        }
    }

    /// The file's text again. Usually the file is plain UTF-8 and the body its last
    /// `byteCount` bytes, taken as they are; otherwise (GBK, UTF-16, CR LF, a BOM) the file is
    /// decoded and split as when it was loaded. Either way the text must be the loaded one.
    private static func reread(_ path: String, displayPath: String, byteCount: Int, digest: Int) -> String? {
        guard let data = try? FileBytes.read(path, maximumSize: SourceText.maximumSize), data.count >= byteCount else {
            return nil
        }
        let tail = data.suffix(byteCount)
        if tail.withUnsafeBytes({ Self.digest($0) }) == digest { return String(decoding: tail, as: UTF8.self) }
        guard let text = try? FrontMatterSplit.split(SourceText.decode(data, displayPath: displayPath).text, file: displayPath).body,
              text.utf8.count == byteCount, Self.digest(text) == digest else { return nil }
        return text
    }

    /// A digest for telling whether the text read again is the text loaded, within this
    /// process (Swift's seeded hash: fast, and never stored or compared across runs).
    private static func digest(_ bytes: UnsafeRawBufferPointer) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: bytes)
        return hasher.finalize()
    }

    private static func digest(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { digest(UnsafeRawBufferPointer($0)) }
    }

    /// Markdown kept in memory per load by default: every body of an ordinary site, a
    /// bounded part of a very large one.
    static let defaultBudget = 64 << 20
}

/// The files whose text changed between loading and a later read (see `PageBody`), shared by
/// the pages of one load. A build asks for `problems` before it publishes.
public final class BodyRereads: Sendable {
    private let files: Mutex<Set<String>> = Mutex([])

    public init() {}

    func record(_ displayPath: String) {
        _ = files.withLock { $0.insert(displayPath) }
    }

    /// Throws `earlier` and one error per changed file, if any file changed: the last step
    /// before anything read from the pages is published.
    func throwIfAny(after earlier: [Diagnostic] = []) throws {
        let changed = problems
        if !changed.isEmpty { throw DiagnosticsError(earlier + changed) }
    }

    /// One error per file that no longer had the text it had when the build loaded it.
    public var problems: [Diagnostic] {
        files.withLock { $0 }.sorted().map {
            .error("CONTENT_CHANGED_DURING_BUILD",
                   "这个文件在生成过程中被修改、移走或删除了，读到的内容和开始生成时不一样，这次没有发布。请等文件保存好后重新生成。",
                   at: SourceLocation(file: $0))
        }
    }
}
