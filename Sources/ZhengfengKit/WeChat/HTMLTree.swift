import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small element tree of the safe HTML zhengfeng renders (libcmark in safe mode plus
/// zhengfeng's own blocks, all well-formed: void elements are written `<br />`), read with
/// Foundation's XML parser. The WeChat export rewrites it element by element.
indirect enum HTMLNode: Equatable, Sendable {
    case text(String)
    case element(name: String, attributes: [String: String], children: [HTMLNode])

    /// The plain text inside the node.
    var text: String {
        switch self {
        case .text(let text): return text
        case .element(_, _, let children): return children.map(\.text).joined()
        }
    }
}

enum HTMLTree {
    /// Named entities HTML uses and XML does not know, as characters.
    private static let entities: [(String, String)] = [("&nbsp;", "\u{00A0}"), ("&copy;", "©"), ("&mdash;", "—"),
                                                       ("&ndash;", "–"), ("&hellip;", "…"), ("&middot;", "·")]

    /// The nodes of an HTML fragment, or nil when it is not well-formed.
    static func parse(_ html: String) -> [HTMLNode]? {
        var source = html
        for (entity, character) in entities where source.contains(entity) {
            source = source.replacingOccurrences(of: entity, with: character)
        }
        let parser = XMLParser(data: Data(("<root>" + source + "</root>").utf8))
        parser.shouldResolveExternalEntities = false
        let builder = Builder()
        parser.delegate = builder
        guard parser.parse(), builder.stack.count == 1 else { return nil }
        return builder.stack[0].children
    }

    /// Collects the tree while the parser reads.
    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [(name: String, attributes: [String: String], children: [HTMLNode])] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            stack.append((elementName, attributes, []))
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            guard stack.count > 1 else { return }
            let done = stack.removeLast()
            stack[stack.count - 1].children.append(.element(name: done.name, attributes: done.attributes, children: done.children))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard !stack.isEmpty else { return }
            if case .text(let previous)? = stack[stack.count - 1].children.last {
                stack[stack.count - 1].children[stack[stack.count - 1].children.count - 1] = .text(previous + string)
            } else {
                stack[stack.count - 1].children.append(.text(string))
            }
        }
    }
}

/// HTML escaping for text and attribute values the export writes.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
