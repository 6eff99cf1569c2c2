import Foundation

/// The four ways to report.
public enum ChannelKind: String, Sendable, CaseIterable {
    case online, phone, letter, visit
}

/// One reporting channel from `data/channels.yml`: one source for the site, print and QR codes.
public struct Channel: Sendable, Equatable {
    public var id: String
    public var kind: ChannelKind
    public var name: String
    public var description: String = ""
    public var recommended = false
    /// online
    public var url: String = ""
    public var provinceURL: String = ""
    /// phone: what is dialled and how it is printed
    public var number: String = ""
    public var display: String = ""
    public var hours: String = ""
    /// letter / visit
    public var recipient: String = ""
    public var address: String = ""
    public var postcode: String = ""
    /// Every key as written, for templates.
    public var raw: YAMLValue = .mapping([])
    /// Where the channel is defined, for diagnostics.
    public var location: SourceLocation
}

/// Parses `data/channels.yml`.
enum ChannelsParser {
    static func parse(_ node: YAMLNode?, file: String) -> ([Channel], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let list = node?["channels"]?.sequence else {
            let location = SourceLocation(file: file)
            return ([], [.error("CHANNELS_MISSING",
                                "channels.yml 中没有 channels 列表。请按 docs/content-format.md 的格式填写四种举报途径。",
                                at: location)])
        }
        var channels: [Channel] = []
        var seen: Set<String> = []
        for item in list {
            var fields = YAMLFields(item, file: file, origin: SourceLocation(file: file, line: item.line, column: item.column))
            let id = fields.string("id", required: true) ?? ""
            let kindText = fields.string("kind", required: true) ?? ""
            let name = fields.string("name", required: true) ?? ""
            let kind = ChannelKind(rawValue: kindText)
            if kind == nil, !kindText.isEmpty, let node = fields.node("kind") {
                fields.report("CHANNEL_KIND",
                              "举报途径类型“\(kindText)”无效，应为 online、phone、letter 或 visit 之一。",
                              at: node)
            }
            if !id.isEmpty, !seen.insert(id).inserted, let node = fields.node("id") {
                fields.report("CHANNEL_DUPLICATE", "举报途径 id“\(id)”重复，请改用不同的 id。", at: node)
            }
            var channel = Channel(id: id, kind: kind ?? .online, name: name,
                                  location: SourceLocation(file: file, line: item.line, column: item.column))
            channel.description = fields.string("description") ?? ""
            channel.recommended = fields.bool("recommended") ?? false
            channel.url = fields.string("url") ?? ""
            channel.provinceURL = fields.string("province_url") ?? ""
            channel.number = fields.string("number") ?? ""
            channel.display = fields.string("display") ?? channel.number
            channel.hours = fields.string("hours") ?? ""
            channel.recipient = fields.string("recipient") ?? ""
            channel.address = fields.string("address") ?? ""
            channel.postcode = fields.string("postcode") ?? ""
            channel.raw = YAMLValue(item)
            if let kind {
                let required: [String]
                switch kind {
                case .online: required = ["url"]
                case .phone: required = ["number"]
                case .letter: required = ["recipient", "address", "postcode"]
                case .visit: required = ["address"]
                }
                for key in required where fields.node(key) == nil {
                    fields.report("CHANNEL_INCOMPLETE",
                                  "举报途径“\(name)”缺少 \(key)，网站、印刷品和二维码都需要它；暂不确定的请先写“【待填：要填的内容】”，正式发布前填好。",
                                  at: item)
                }
            }
            diagnostics.append(contentsOf: fields.diagnostics)
            if kind != nil { channels.append(channel) }
        }
        return (channels, diagnostics)
    }
}
