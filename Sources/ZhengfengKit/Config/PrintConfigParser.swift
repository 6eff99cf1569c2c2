import Foundation

/// Reads the `print:` key of site.yml over the shipped defaults; every problem is reported at
/// the value's line with a hint.
enum PrintConfigParser {
    static func parse(_ node: YAMLNode?, file: String) -> (PrintConfig, [Diagnostic]) {
        var config = PrintConfig()
        guard let node else { return (config, []) }
        var fields = YAMLFields(node, file: file, origin: SourceLocation(file: file, line: node.line, column: node.column))
        if let size = paperSize(&fields, "page_size") { config.pageSize = size }
        config.bleed = fields.bool("bleed") ?? false
        config.cropMarks = fields.bool("crop_marks") ?? false
        config.commission = fields.string("commission")
        if let editions = fields.node("editions") {
            config.editions = parseEditions(editions, fields: &fields)
        }
        if let leaflet = fields.node("leaflet") {
            var leafletFields = YAMLFields(leaflet, file: file)
            if let panels = leafletFields.node("panels") {
                let parsed = parseBlocks(panels, fields: &leafletFields)
                if parsed.count == 6 {
                    config.leafletPanels = parsed
                } else {
                    leafletFields.report("PRINT_LEAFLET_PANELS",
                                         "三折页正反两面共 6 栏，panels 应正好列出 6 项，现在是 \(parsed.count) 项。",
                                         at: panels)
                }
            }
            if let points = minimumBody(&leafletFields) { config.leafletMinimumBodyPoints = points }
            fields.merge(leafletFields)
        }
        if let boards = fields.node("boards") {
            var boardFields = YAMLFields(boards, file: file)
            if let size = paperSize(&boardFields, "size") { config.boardSize = size }
            if let items = boardFields.node("items") { config.boards = parseBlocks(items, fields: &boardFields) }
            if let points = minimumBody(&boardFields) { config.boardMinimumBodyPoints = points }
            fields.merge(boardFields)
        }
        return (config, fields.diagnostics)
    }

    static func paperSize(_ fields: inout YAMLFields, _ key: String) -> PaperSize? {
        guard let text = fields.string(key) else { return nil }
        if let size = PaperSize(parsing: text) { return size }
        fields.report("PRINT_PAGE_SIZE",
                      "纸张尺寸“\(text)”无法识别。请写 A5、A4、A4 landscape，或“宽mm 高mm”，例如 600mm 900mm。",
                      at: fields.node(key))
        return nil
    }

    static func parseEditions(_ node: YAMLNode, fields: inout YAMLFields) -> [EditionConfig] {
        var editions = PrintDefaults.editions
        var nested = YAMLFields(node, file: fields.file)
        for entry in nested.keys {
            guard let audience = Audience(rawValue: entry.key),
                  let index = editions.firstIndex(where: { $0.audience == audience }) else {
                nested.report("PRINT_EDITION",
                              "印刷版本“\(entry.key)”无效，只能是 agencies（进机关）、enterprises（进企业）、communities（进社区）、villages（进农村）。",
                              at: entry.keyNode)
                continue
            }
            var item = YAMLFields(entry.node, file: fields.file)
            var edition = editions[index]
            edition.name = item.string("name") ?? edition.name
            edition.title = item.string("title") ?? edition.title
            edition.foreword = item.string("foreword") ?? edition.foreword
            if let contents = item.stringList("contents"), let node = item.node("contents") {
                edition.contents = contents
                edition.location = item.location(of: node)
            }
            if let scale = textScale(&item) { edition.textScale = scale }
            if let points = minimumBody(&item) { edition.minimumBodyPoints = points }
            editions[index] = edition
            nested.merge(item)
        }
        fields.merge(nested)
        return editions
    }

    /// `text_scale`: a number from 0.5 to 3.
    static func textScale(_ fields: inout YAMLFields) -> Double? {
        guard let node = fields.node("text_scale") else { return nil }
        if let scale = node.float, scale >= 0.5, scale <= 3 { return scale }
        fields.report("PRINT_TEXT_SCALE", "text_scale 应是 0.5 到 3 之间的数，例如 1.4（字号放大到 1.4 倍）。", at: node)
        return nil
    }

    /// `min_body_pt`: the smallest body size the preflight accepts, 6 to 200 points.
    static func minimumBody(_ fields: inout YAMLFields) -> Double? {
        guard let node = fields.node("min_body_pt") else { return nil }
        if let points = node.float, points >= 6, points <= 200 { return points }
        fields.report("PRINT_MIN_BODY", "min_body_pt 是印刷品正文的最小字号（磅），应是 6 到 200 之间的数，例如进农村版写 12、展板写 28。",
                      at: node)
        return nil
    }

    static func parseBlocks(_ node: YAMLNode, fields: inout YAMLFields) -> [PrintBlock] {
        guard let list = node.sequence else {
            fields.report("FIELD_TYPE", "这里应是列表，每项以“- id: …”开头。", at: node)
            return []
        }
        var blocks: [PrintBlock] = []
        for entry in list {
            var item = YAMLFields(entry, file: fields.file, origin: SourceLocation(file: fields.file, line: entry.line, column: entry.column))
            let id = item.string("id", required: true) ?? ""
            let title = item.string("title", required: true) ?? ""
            var kind = PrintBlock.Kind.pages
            if let text = item.string("kind") {
                if let parsed = PrintBlock.Kind(rawValue: text) {
                    kind = parsed
                } else {
                    item.report("PRINT_BLOCK_KIND", "kind 只能是 pages（页面正文）、channels（举报途径）、cover（封面）或 scope-check（“归不归纪委监委管？”流程图，取自 data/scope-check.yml），现在是“\(text)”。",
                                at: item.node("kind"))
                }
            }
            let pages = item.stringList("pages") ?? []
            if kind == .pages && pages.isEmpty {
                item.report("PRINT_BLOCK_PAGES", "“\(title)”没有列出页面。请用 pages: [scope/_index.md] 指定取哪些页面的内容。",
                            at: entry)
            }
            let valid = id.range(of: "^[a-z0-9][a-z0-9-]*$", options: .regularExpression) != nil
            if !id.isEmpty && !valid {
                item.report("PRINT_BLOCK_ID", "id“\(id)”只能用小写字母、数字和连字符，它会成为文件夹名。", at: item.node("id"))
            }
            let summaryOnly = (item.string("show") ?? "content") == "summary"
            let scale = textScale(&item)
            fields.merge(item)
            if valid && !title.isEmpty {
                var block = PrintBlock(id: id, title: title, kind: kind, pages: pages, summaryOnly: summaryOnly,
                                       location: item.location(of: entry))
                block.textScale = scale ?? 1
                blocks.append(block)
            }
        }
        return blocks
    }
}
