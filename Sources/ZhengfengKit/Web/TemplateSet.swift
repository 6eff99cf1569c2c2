import Foundation
import Mustache

/// The site's Mustache templates, loaded once and checked: a partial or parent template
/// that does not exist is an error here (swift-mustache would silently render nothing).
///
/// Every template escapes its variables with `TemplateEscaping`. Partials may declare that their
/// output is shared between pages (see `CachedPartial`); they are then rendered once per
/// build and variant instead of once per page.
public struct TemplateSet: Sendable {
    let library: MustacheLibrary
    public let names: Set<String>
    /// Where the templates came from, for messages (`templates/` or `（内置模板）`).
    public let origin: String
    /// For each template, the cached partials it can reach, each after those it includes.
    let cachedPartials: [String: [CachedPartial]]

    /// Loads every `*.mustache` under `directory` (not under `assets/`); names are paths without
    /// the extension: `page`, `partials/footer`, `layouts/base`.
    public init(directory: URL, displayPrefix: String = "templates/") throws {
        var sources: [(name: String, text: String, display: String)] = []
        let root = directory.standardizedFileURL
        let fileManager = FileManager.default
        guard let enumerator = fileManager.enumerator(atPath: root.path) else {
            throw DiagnosticsError([.error("TEMPLATES_MISSING", "找不到模板文件夹 \(displayPrefix)。",
                                           at: SourceLocation(file: displayPrefix))])
        }
        var paths: [String] = []
        for case let path as String in enumerator where path.hasSuffix(".mustache") && !path.hasPrefix("assets/") {
            paths.append(path)
        }
        var diagnostics: [Diagnostic] = []
        for path in paths.sorted() {
            let display = displayPrefix + path
            do {
                let decoded = try SourceText.read(root.appendingPathComponent(path), displayPath: display)
                sources.append((String(path.dropLast(".mustache".count)), decoded.text, display))
            } catch let diagnostic as Diagnostic {
                diagnostics.append(diagnostic)
            }
        }
        try self.init(sources: sources, origin: displayPrefix, prior: diagnostics)
    }

    /// Builds a set from in-memory templates (used for the built-in theme and in tests).
    public init(sources: [(name: String, text: String, display: String)], origin: String,
                prior: [Diagnostic] = []) throws {
        _ = TemplateEscaping.registered
        var diagnostics = prior
        var library = MustacheLibrary()
        let names = Set(sources.map(\.name))
        var declared: [String: CachedPartial] = [:]
        var references: [String: [Reference]] = [:]
        for source in sources {
            switch CachedPartial.declaration(in: source.text) {
            case .none:
                break
            case .invalid(let line, let column):
                diagnostics.append(.error("TEMPLATE_CACHE_SYNTAX",
                                          "缓存声明写法不对。请写成 {{! zhengfeng: cache }}（所有页面共用一份），或 {{! zhengfeng: cache by nav }}（按 nav 的值各存一份）。",
                                          at: SourceLocation(file: source.display, line: line, column: column)))
            case .cache(let variables):
                declared[source.name] = CachedPartial(name: source.name, slot: "p\(declared.count)", variables: variables)
            }
        }
        for source in sources {
            // The pragma line is removed before rendering; parser positions are one line down.
            let text = TemplateEscaping.pragmaLine + source.text
            do {
                if let cached = declared[source.name] {
                    try library.register(text, named: cached.originalName)
                    try library.register(TemplateEscaping.pragmaLine + "{{{\(cached.contextKey)}}}", named: source.name)
                } else {
                    try library.register(text, named: source.name)
                }
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error("TEMPLATE_SYNTAX",
                                          "模板语法错误（\(error.error)）。请检查 {{ }} 标签是否成对、区块 {{#…}} 是否有对应的 {{/…}}。",
                                          at: SourceLocation(file: source.display, line: max(1, error.context.lineNumber - 1),
                                                             column: error.context.columnNumber)))
            } catch {
                diagnostics.append(.error("TEMPLATE_SYNTAX", "模板语法错误（\(error)）。",
                                          at: SourceLocation(file: source.display)))
            }
            references[source.name] = Self.references(in: source.text)
            for reference in references[source.name]! {
                let location = SourceLocation(file: source.display, line: reference.line, column: reference.column)
                if !names.contains(reference.name) {
                    diagnostics.append(.error("TEMPLATE_MISSING_PARTIAL",
                                              "模板引用了不存在的模板“\(reference.name)”。请检查名称拼写，或在 \(origin) 中新建 \(reference.name).mustache。",
                                              at: location))
                } else if declared[reference.name] != nil && (reference.isParent || reference.isIndented) {
                    diagnostics.append(.error("TEMPLATE_CACHE_PLACEMENT",
                                              "“\(reference.name)”声明了缓存，只能用 {{>\(reference.name)}} 顶格引用（行首不留空格），不能缩进，也不能作为 {{<…}} 上级模板。",
                                              at: location))
                }
            }
        }
        var reachable: [String: [CachedPartial]] = [:]
        for name in names {
            let (order, cycle) = CachedPartial.order(from: name, references: references, declared: declared)
            if let cycle, name == cycle, let source = sources.first(where: { $0.name == cycle }) {
                diagnostics.append(.error("TEMPLATE_CACHE_RECURSIVE",
                                          "“\(cycle)”声明了缓存，但它（直接或间接）引用了自己。请去掉缓存声明。",
                                          at: SourceLocation(file: source.display, line: 1, column: 1)))
            }
            reachable[name] = order
        }
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
        self.library = library
        self.names = names
        self.origin = origin
        self.cachedPartials = reachable
    }

    /// Renders the template `name`; a missing template is an error naming it. Cached partials
    /// are taken from `cache` (or rendered and put there); without one, each render makes its own.
    public func render(_ name: String, context: [String: Any], for file: String, cache: PartialCache? = nil) throws -> String {
        guard names.contains(name) else { throw missing(name, file: file) }
        var context = context
        if let partials = cachedPartials[name], !partials.isEmpty {
            let cache = cache ?? PartialCache()
            // Each output goes in under its own top-level key (a cached partial that includes
            // another finds the inner output there): a flat name costs one lookup.
            let page = context
            for partial in partials {
                context[partial.contextKey] = cache.output(for: partial.slot + "\u{1}" + partial.variant(in: page)) {
                    library.render(context, withTemplate: partial.originalName) ?? ""
                }
            }
        }
        guard let output = library.render(context, withTemplate: name) else { throw missing(name, file: file) }
        return output
    }

    private func missing(_ name: String, file: String) -> Diagnostic {
        Diagnostic.error("TEMPLATE_MISSING",
                         "找不到模板“\(name)”（\(origin)\(name).mustache）。请新建这个模板，或修改页面设置中的 template。",
                         at: SourceLocation(file: file))
    }

    public func contains(_ name: String) -> Bool { names.contains(name) }

    /// A partial (`{{> name}}`) or parent (`{{< name}}`) reference and where it is.
    struct Reference {
        var name: String
        var line: Int
        var column: Int
        var isParent = false
        /// The tag is alone on its line after spaces, so swift-mustache indents the output.
        var isIndented = false
    }

    /// Partial and parent references, with their positions.
    /// This only finds tag names; parsing the template is swift-mustache's job.
    static func references(in text: String) -> [Reference] {
        var found: [Reference] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.range(of: "}}") else { break }
                let tag = afterOpen[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if let marker = tag.first, marker == ">" || marker == "<" {
                    let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                    if !name.isEmpty && !name.hasPrefix("*") {
                        let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                        let before = line[..<open.lowerBound]
                        let after = afterOpen[close.upperBound...]
                        let indented = !before.isEmpty && before.allSatisfy { $0 == " " || $0 == "\t" }
                            && after.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
                        found.append(Reference(name: name, line: lineNumber, column: column,
                                               isParent: marker == "<", isIndented: indented))
                    }
                }
                rest = afterOpen[close.upperBound...]
            }
        }
        return found
    }
}
