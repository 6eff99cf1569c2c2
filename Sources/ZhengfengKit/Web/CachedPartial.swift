import Foundation
import Synchronization

/// A partial whose output is shared between pages, declared by a comment as its first tag
/// (like Hugo's `partialCached`):
///
/// - `{{! zhengfeng: cache }}`: one rendering for the whole build (a footer);
/// - `{{! zhengfeng: cache by nav }}`: one rendering per distinct value of the listed
///   variables (a header whose menu marks the current column).
///
/// The partial is rendered with the page's top-level context the first time a variant is
/// needed; every later page with the same variant gets the same text. The declaration is a
/// promise by the template author that the output depends on nothing else.
struct CachedPartial: Sendable {
    /// The template name (`partials/header`).
    let name: String
    /// Its number among the site's cached partials (`p0`).
    let slot: String
    /// Variable names that select the variant (`nav`, `page.section_url`), split at the dots.
    let variables: [[String]]

    init(name: String, slot: String, variables: [String]) {
        self.name = name
        self.slot = slot
        self.variables = variables.map { $0.split(separator: ".").map(String.init) }
    }

    /// The top-level context key under which pages receive its output (`zhengfeng_cached_p0`).
    var contextKey: String { "zhengfeng_cached_" + slot }

    /// The library name of the real template; the partial's own name renders the cached text.
    var originalName: String { "zhengfeng-original:" + name }

    enum Declaration: Equatable {
        case none
        case cache(variables: [String])
        case invalid(line: Int, column: Int)
    }

    /// Reads the declaration from a template's first tag.
    static func declaration(in text: String) -> Declaration {
        let leading = text.prefix { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        let rest = text[leading.endIndex...]
        guard rest.hasPrefix("{{!"), let close = rest.range(of: "}}") else { return .none }
        let comment = rest[rest.index(rest.startIndex, offsetBy: 3)..<close.lowerBound]
            .trimmingCharacters(in: .whitespacesAndNewlines)
        // Only `zhengfeng:` comments are declarations; any other comment is the author's.
        guard comment.hasPrefix("zhengfeng:") else { return .none }
        let line = leading.filter { $0 == "\n" }.count + 1
        let column = leading.split(separator: "\n", omittingEmptySubsequences: false).last.map { $0.count + 1 } ?? 1
        let parts = comment.dropFirst("zhengfeng:".count).split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if parts == ["cache"] { return .cache(variables: []) }
        if parts.count >= 3, parts[0] == "cache", parts[1] == "by" { return .cache(variables: Array(parts[2...])) }
        return .invalid(line: line, column: column)
    }

    /// The variant of this partial for a page: its variables' values, written out in a fixed
    /// order (dictionary keys sorted), so equal values always give the same key.
    func variant(in context: [String: Any]) -> String {
        var key = ""
        for variable in variables {
            var value: Any? = context
            for part in variable {
                value = (value as? [String: Any])?[part]
            }
            Self.describe(value, into: &key)
            key += "\u{1}"
        }
        return key
    }

    private static func describe(_ value: Any?, into text: inout String) {
        switch value {
        case nil:
            text += "\u{2}"
        case let dictionary as [String: Any]:
            text += "{"
            for key in dictionary.keys.sorted() {
                text += key + ":"
                describe(dictionary[key], into: &text)
                text += ","
            }
            text += "}"
        case let array as [Any]:
            text += "["
            for item in array {
                describe(item, into: &text)
                text += ","
            }
            text += "]"
        case let string as String:
            text += "\"" + string.replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case let value?:
            text += String(describing: value)
        }
    }

    /// The cached partials reachable from `template` through partial and parent references,
    /// each placed after the cached partials it reaches itself; and a cached partial that
    /// reaches itself, if any.
    static func order(from template: String, references: [String: [TemplateSet.Reference]],
                      declared: [String: CachedPartial]) -> (order: [CachedPartial], cycle: String?) {
        var order: [CachedPartial] = []
        var done: Set<String> = []
        var active: Set<String> = []
        var cycle: String?
        func visit(_ name: String) {
            if active.contains(name) {
                if declared[name] != nil { cycle = cycle ?? name }
                return
            }
            guard !done.contains(name) else { return }
            active.insert(name)
            for reference in references[name] ?? [] { visit(reference.name) }
            active.remove(name)
            done.insert(name)
            if let partial = declared[name] { order.append(partial) }
        }
        visit(template)
        return (order, cycle)
    }
}

/// The outputs of cached partials for one build (one `TemplateContexts`), by partial and variant.
/// Safe to use from several threads; with `enabled` false every request renders again
/// (used to check that caching changes nothing).
public final class PartialCache: Sendable {
    public let enabled: Bool
    private let outputs = Mutex<[String: String]>([:])

    public init(enabled: Bool = true) {
        self.enabled = enabled
    }

    func output(for key: String, render: () -> String) -> String {
        guard enabled else { return render() }
        if let cached = outputs.withLock({ $0[key] }) { return cached }
        // Rendered outside the lock; two threads may render the same variant, with equal results.
        let output = render()
        return outputs.withLock { outputs in
            if let first = outputs[key] { return first }
            outputs[key] = output
            return output
        }
    }
}
