import CCmark

/// Text meant for one medium only. A paragraph that begins with `【网页】` is shown on the
/// website only, one that begins with `【印刷】` in the print editions only: the marker is
/// removed and the paragraph is wrapped in `<div class="web-only">` / `<div class="print-only">`
/// (site.css hides `.print-only`, print.css hides `.web-only`).
enum AudienceMarker: String {
    case web = "【网页】"
    case print = "【印刷】"

    var className: String { self == .web ? "web-only" : "print-only" }

    /// The marker the paragraph begins with, removed from its first text; nil when none.
    static func strip(_ paragraph: OpaquePointer) -> AudienceMarker? {
        guard let first = cmark_node_first_child(paragraph), cmark_node_get_type(first) == CMARK_NODE_TEXT,
              let literal = cmark_node_get_literal(first) else { return nil }
        let text = String(cString: literal)
        for marker in [AudienceMarker.web, .print] where text.hasPrefix(marker.rawValue) {
            let rest = text.dropFirst(marker.rawValue.count).drop { $0 == " " || $0 == "\u{3000}" }
            cmark_node_set_literal(first, String(rest))
            return marker
        }
        return nil
    }

    /// Wraps the paragraph in a block carrying the marker's class.
    func wrap(_ paragraph: OpaquePointer) {
        guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(custom, "<div class=\"\(className)\">")
        cmark_node_set_on_exit(custom, "</div>")
        cmark_node_replace(paragraph, custom)
        cmark_node_append_child(custom, paragraph)
    }
}
