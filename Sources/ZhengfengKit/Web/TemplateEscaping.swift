import Markdown
import Mustache

/// HTML escaping for template variables, registered with swift-mustache as the content type
/// `zhengfeng-html` and switched on at the top of every template by `TemplateSet`.
///
/// It replaces the same five characters as swift-mustache's own HTML content type
/// (`& < > " '`) but with `HTMLEscaping.text`, which works on UTF-8 bytes instead of
/// `Character`s. That is much faster on Chinese text, and safer: swift-mustache compares
/// whole grapheme clusters, so a quote followed by a combining mark (`"\u{0338}`) is one
/// `Character` that it leaves unescaped, which would end an HTML attribute early.
struct TemplateEscaping: MustacheContentType {
    static let contentTypeName = "zhengfeng-html"

    /// Registers the content type with swift-mustache (once per process).
    static let registered: Void = MustacheContentTypes.register(TemplateEscaping(), named: contentTypeName)

    /// The pragma put in front of every template so that its variables use this escaping.
    /// A pragma alone on a line renders nothing, newline included.
    static let pragmaLine = "{{% CONTENT_TYPE: \(contentTypeName)}}\n"

    func escapeText(_ text: String) -> String {
        HTMLEscaping.text(text)
    }
}

/// Strings render as themselves, as swift-mustache's fallback `String(describing:)` would,
/// but are recognised by its first cast instead of going through three failed ones.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}
