import Foundation
import Mustache

/// The site's Mustache templates, loaded once and checked: a partial or parent template
/// that does not exist is an error here (swift-mustache would silently render nothing).
public struct TemplateSet: Sendable {
    let library: MustacheLibrary
    public let names: Set<String>
    /// Where the templates came from, for messages (`templates/` or `（内置模板）`).
    public let origin: String

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
        var diagnostics = prior
        var library = MustacheLibrary()
        let names = Set(sources.map(\.name))
        for source in sources {
            do {
                try library.register(source.text, named: source.name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error("TEMPLATE_SYNTAX",
                                          "模板语法错误（\(error.error)）。请检查 {{ }} 标签是否成对、区块 {{#…}} 是否有对应的 {{/…}}。",
                                          at: SourceLocation(file: source.display, line: error.context.lineNumber,
                                                             column: error.context.columnNumber)))
            } catch {
                diagnostics.append(.error("TEMPLATE_SYNTAX", "模板语法错误（\(error)）。",
                                          at: SourceLocation(file: source.display)))
            }
            for reference in Self.references(in: source.text) where !names.contains(reference.name) {
                diagnostics.append(.error("TEMPLATE_MISSING_PARTIAL",
                                          "模板引用了不存在的模板“\(reference.name)”。请检查名称拼写，或在 \(origin) 中新建 \(reference.name).mustache。",
                                          at: SourceLocation(file: source.display, line: reference.line,
                                                             column: reference.column)))
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
        self.library = library
        self.names = names
        self.origin = origin
    }

    /// Renders the template `name`; a missing template is an error naming it.
    public func render(_ name: String, context: [String: Any], for file: String) throws -> String {
        guard names.contains(name), let output = library.render(context, withTemplate: name) else {
            throw Diagnostic.error("TEMPLATE_MISSING",
                                   "找不到模板“\(name)”（\(origin)\(name).mustache）。请新建这个模板，或修改页面设置中的 template。",
                                   at: SourceLocation(file: file))
        }
        return output
    }

    public func contains(_ name: String) -> Bool { names.contains(name) }

    /// Partial (`{{> name}}`) and parent (`{{< name}}`) references, with their positions.
    /// This only finds tag names; parsing the template is swift-mustache's job.
    static func references(in text: String) -> [(name: String, line: Int, column: Int)] {
        var found: [(String, Int, Int)] = []
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
                        found.append((name, lineNumber, column))
                    }
                }
                rest = afterOpen[close.upperBound...]
            }
        }
        return found
    }
}
