/// Mustache treats an empty string as true in `{{#key}}…{{/key}}`. zhengfeng drops empty
/// strings from template data so that a section around an empty value renders nothing.
enum TemplateValue {
    static func compacted(_ value: Any) -> Any {
        switch value {
        case let dictionary as [String: Any]:
            var result: [String: Any] = [:]
            result.reserveCapacity(dictionary.count)
            for (key, item) in dictionary {
                if let text = item as? String, text.isEmpty { continue }
                result[key] = compacted(item)
            }
            return result
        case let array as [Any]:
            return array.map(compacted)
        default:
            return value
        }
    }

    /// Sets `key` to `text`, or leaves it out when `text` is empty (as `compacted` would).
    static func set(_ dictionary: inout [String: Any], _ key: String, _ text: String) {
        if !text.isEmpty { dictionary[key] = text }
    }

    static func compacted(_ dictionary: [String: Any]) -> [String: Any] {
        compacted(dictionary as Any) as! [String: Any]
    }
}
