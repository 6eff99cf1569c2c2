import Foundation

/// Something an editor still has to fill in before the site is published for real (see the
/// README, “占位内容与正式发布”): a `【待填：说明】` in a page or a setting, a setting whose
/// address uses a reserved example domain, or a published page marked `sample: true`.
public struct Placeholder: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// `【待填：说明】` in a page's text or front matter, or in a YAML string value.
        case text
        /// A URL, e-mail address or domain on a reserved example domain (RFC 2606 / 6761).
        case exampleDomain
        /// A published page with `sample: true` (invented example text).
        case samplePage
        /// A footer slot every government site must show (党政机关网站标识, 我为政府网站找错,
        /// 主办单位, ICP and 公安 record numbers, 网站标识码) left out of site.yml: the default
        /// theme then shows a 【待填】 text in its place.
        case missingSetting
        /// Campaign data marked `sample: true` in content/data/units.yml (invented figures).
        case sampleData
    }

    public var kind: Kind
    public var location: SourceLocation
    /// Where in the file: a YAML key path (`footer.icp`, `channels.letter.address`; list
    /// items by their `id`, else `[n]`), `正文` for a page's text, `sample` for a sample page.
    public var field: String
    /// What to fill in: the text after 待填：, or for an example domain what the setting is.
    public var what: String
    /// The text as written: the whole `【待填：…】`, or the URL, e-mail address or domain.
    public var written: String
}

/// Finds placeholders. Pure functions of the loaded content: `PlaceholderCheck` turns them
/// into diagnostics, tests and the README list compare them directly.
public enum PlaceholderScanner {
    /// Every placeholder in site.yml, the data files and the `published` pages (content
    /// paths), sorted by position. `baseURL` (from `--base-url`) replaces site.yml's
    /// `base_url`, which is then not reported.
    public static func scan(content: SiteContent, published: [Page], baseURL: String? = nil) -> [Placeholder] {
        var found: [Placeholder] = []
        for source in content.configTexts {
            let skipped: Set<String> = source.file == "content/site.yml" && baseURL != nil ? ["base_url"] : []
            found += scanYAML(source.text, file: source.file, lineOffset: 0, domains: true, skipping: skipped)
        }
        if let baseURL {
            for match in ReservedDomain.matches(in: baseURL) {
                found.append(Placeholder(kind: .exampleDomain, location: SourceLocation(file: "--base-url"),
                                         field: "--base-url", what: "网站的正式网址", written: match.text))
            }
        }
        found += missingSettings(content.config)
        found += content.configTexts.compactMap(sampleData)
        let pages = published.sorted { $0.contentPath < $1.contentPath }
        found += ParallelMap.map(pages) { scanPage($0) }.flatMap { $0 }
        return found.sorted {
            ($0.location.file, $0.location.line, $0.location.column) < ($1.location.file, $1.location.line, $1.location.column)
        }
    }

    /// The footer slots of a government site (national guidelines for government websites)
    /// that site.yml leaves empty, each as `content/site.yml` line 1.
    static func missingSettings(_ config: SiteConfig) -> [Placeholder] {
        let slots: [(key: String, value: String, what: String)] = [
            ("sponsor", config.sponsor, "主办单位"),
            ("footer.conac_url", config.footer.conacURL, "党政机关网站标识的链接（开办网站时取得）"),
            ("footer.conac_image", config.footer.conacImage, "党政机关网站标识的图片"),
            ("footer.error_report_url", config.footer.errorReportURL, "“我为政府网站找错”的链接"),
            ("footer.icp", config.footer.icp, "ICP备案号"),
            ("footer.public_security", config.footer.publicSecurity, "公安机关备案号"),
            ("footer.site_code", config.footer.siteCode, "网站标识码（10 位）"),
        ]
        return slots.filter { $0.value.trimmingCharacters(in: .whitespaces).isEmpty }.map {
            Placeholder(kind: .missingSetting, location: SourceLocation(file: "content/site.yml"),
                        field: $0.key, what: $0.what, written: "")
        }
    }

    /// The campaign data's `sample: true` (content/data/units.yml), at its value.
    static func sampleData(_ source: (file: String, text: String)) -> Placeholder? {
        guard source.file == "content/data/units.yml", let root = try? YAMLParser.parse(source.text, file: source.file),
              let sample = root["sample"], sample.bool == true else { return nil }
        return Placeholder(kind: .sampleData, location: SourceLocation(file: source.file, line: sample.line, column: sample.column),
                           field: "sample", what: "各单位真实报送的数据", written: "sample: true")
    }

    /// The placeholders of one page: `sample: true`, `【待填：…】` in its front matter values
    /// and in its text.
    static func scanPage(_ page: Page) -> [Placeholder] {
        var found: [Placeholder] = []
        if page.frontMatter.sample {
            let location = page.frontMatter.valueLocations["sample"] ?? SourceLocation(file: page.sourcePath)
            found.append(Placeholder(kind: .samplePage, location: location, field: "sample",
                                     what: "示例页面的真实内容", written: "sample: true"))
        }
        if PlaceholderText.occurs(in: page.frontMatterText) {
            // The front matter starts on file line 2, after the first `---`.
            found += scanYAML(page.frontMatterText, file: page.sourcePath, lineOffset: 1, domains: false, skipping: [])
        }
        if PlaceholderText.occurs(in: page.body) {
            for marker in PlaceholderText.markers(in: page.body) {
                found.append(Placeholder(kind: .text,
                                         location: SourceLocation(file: page.sourcePath, line: page.bodyLineOffset + marker.line,
                                                                  column: marker.column),
                                         field: "正文", what: marker.what, written: marker.written))
            }
        }
        return found
    }

    /// Placeholders in the string values of a YAML text (comments are not values and are
    /// never reported). `lineOffset` file lines come before the text. A text that does not
    /// parse is skipped: loading has reported it.
    static func scanYAML(_ text: String, file: String, lineOffset: Int, domains: Bool, skipping: Set<String>) -> [Placeholder] {
        guard let node = try? YAMLParser.parse(text, file: file) else { return [] }
        let lines = PlaceholderText.lines(text)
        var found: [Placeholder] = []
        for scalar in strings(in: node, path: "") where !skipping.contains(scalar.path) {
            var cursor = (line: scalar.node.line, column: scalar.node.column)
            for marker in PlaceholderText.markers(in: scalar.text) {
                let at = PlaceholderText.position(of: PlaceholderText.opening, in: lines, from: cursor) ?? cursor
                found.append(Placeholder(kind: .text, location: SourceLocation(file: file, line: at.line + lineOffset, column: at.column),
                                         field: scalar.path, what: marker.what, written: marker.written))
                cursor = (at.line, at.column + 1)
            }
            guard domains else { continue }
            cursor = (line: scalar.node.line, column: scalar.node.column)
            for match in ReservedDomain.matches(in: scalar.text) {
                let at = PlaceholderText.position(of: match.text, in: lines, from: cursor) ?? cursor
                found.append(Placeholder(kind: .exampleDomain, location: SourceLocation(file: file, line: at.line + lineOffset, column: at.column),
                                         field: scalar.path, what: ReservedDomain.description(key: scalar.key, match: match),
                                         written: match.text))
                cursor = (at.line, at.column + 1)
            }
        }
        return found
    }

    /// Every string scalar under `node` with its key path and the key it is the value of.
    static func strings(in node: YAMLNode, path: String, key: String = "") -> [(path: String, key: String, text: String, node: YAMLNode)] {
        if let mapping = node.mapping {
            return mapping.flatMap { pair -> [(path: String, key: String, text: String, node: YAMLNode)] in
                let name = pair.key.string ?? ""
                return strings(in: pair.value, path: path.isEmpty ? name : path + "." + name, key: name)
            }
        }
        if let sequence = node.sequence {
            return sequence.enumerated().flatMap { index, item -> [(path: String, key: String, text: String, node: YAMLNode)] in
                let id = item["id"]?.scalarText
                let step = id.map { "." + $0 } ?? "[\(index + 1)]"
                return strings(in: item, path: path + step, key: key)
            }
        }
        // Numbers, booleans and null are not text an editor fills in; aliases are refused.
        guard let text = node.scalarText, case .string = YAMLValue(node) else { return [] }
        return [(path, key, text, node)]
    }
}

/// The written form `【待填：说明】`: full-width brackets, 待填, a full-width or ASCII colon,
/// then what to fill in. A marker without its closing 】 runs to the end of the line.
enum PlaceholderText {
    static let opening = "【待填"
    private static let openingBytes = Array(opening.utf8)

    /// Whether `text` holds a marker at all (a byte search, cheap enough for every page).
    static func occurs(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return false }
            let count = utf8.count, needle = openingBytes.count
            var from = 0
            while from + needle <= count, let hit = memchr(base + from, Int32(openingBytes[0]), count - from - needle + 1) {
                let start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + start, openingBytes, needle) == 0 { return true }
                from = start + 1
            }
            return false
        }
    }

    /// Lines as libyaml and editors count them.
    static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    /// Each marker in `text`: 1-based line and column (in characters), what to fill in, and
    /// the marker as written.
    static func markers(in text: String) -> [(line: Int, column: Int, what: String, written: String)] {
        var found: [(line: Int, column: Int, what: String, written: String)] = []
        for (index, line) in lines(text).enumerated() {
            var searchStart = line.startIndex
            while let range = line.range(of: opening, range: searchStart..<line.endIndex) {
                let (what, end) = description(after: range.upperBound, in: line)
                found.append((index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1,
                              what, String(line[range.lowerBound..<end])))
                searchStart = range.upperBound
            }
        }
        return found
    }

    /// The text between `待填：` and the matching `】` (nested 【】 kept), and where the marker ends.
    static func description(after start: Substring.Index, in line: Substring) -> (String, Substring.Index) {
        var index = start
        if index < line.endIndex, line[index] == "：" || line[index] == ":" { index = line.index(after: index) }
        let textStart = index
        var depth = 0
        while index < line.endIndex {
            if line[index] == "【" { depth += 1 }
            if line[index] == "】" {
                if depth == 0 {
                    return (trimmed(line[textStart..<index]), line.index(after: index))
                }
                depth -= 1
            }
            index = line.index(after: index)
        }
        return (trimmed(line[textStart...]), line.endIndex)
    }

    static func trimmed(_ text: Substring) -> String {
        let result = text.trimmingCharacters(in: .whitespaces)
        return result.isEmpty ? "（没有写明要填什么）" : result
    }

    /// The first place at or after `from` (1-based line and column) where `needle` starts.
    static func position(of needle: String, in lines: [Substring], from: (line: Int, column: Int)) -> (line: Int, column: Int)? {
        var lineNumber = max(from.line, 1)
        while lineNumber <= lines.count {
            let line = lines[lineNumber - 1]
            let skip = lineNumber == from.line ? max(from.column - 1, 0) : 0
            let start = line.index(line.startIndex, offsetBy: skip, limitedBy: line.endIndex) ?? line.endIndex
            if let range = line.range(of: needle, range: start..<line.endIndex) {
                return (lineNumber, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
            lineNumber += 1
        }
        return nil
    }
}

/// Reserved example domains (RFC 2606 and RFC 6761): example.com, example.org, example.net
/// and their subdomains, and the top-level names .example, .invalid, .test and .localhost.
enum ReservedDomain {
    enum Form { case url, email, domain }

    struct Match {
        var text: String
        var host: String
        var form: Form
        /// Where it starts in the value (UTF-16 offset), to keep matches in reading order.
        var offset = 0
    }

    static func isReserved(_ host: String) -> Bool {
        var name = host.lowercased()
        while name.hasSuffix(".") { name.removeLast() }
        for domain in ["example.com", "example.org", "example.net"] where name == domain || name.hasSuffix("." + domain) {
            return true
        }
        let top = name.split(separator: ".").last.map(String.init) ?? name
        return ["example", "invalid", "test", "localhost"].contains(top)
    }

    private static let urlPattern = try! NSRegularExpression(pattern: #"[A-Za-z][A-Za-z0-9+.-]*://([^\s/?#"'<>，。、）)]+)[^\s"'<>，。、）)]*"#)
    private static let emailPattern = try! NSRegularExpression(pattern: #"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)"#)
    private static let domainPattern = try! NSRegularExpression(pattern: #"^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.?$"#)

    /// The URLs, e-mail addresses and (when the whole value is one) domain names in `value`
    /// whose host is reserved.
    static func matches(in value: String) -> [Match] {
        let text = value as NSString
        var matches: [Match] = []
        var covered: [NSRange] = []
        for result in urlPattern.matches(in: value, range: NSRange(location: 0, length: text.length)) {
            covered.append(result.range)
            var authority = text.substring(with: result.range(at: 1))
            if let at = authority.lastIndex(of: "@") { authority = String(authority[authority.index(after: at)...]) }
            let host = authority.hasPrefix("[") ? authority : String(authority.split(separator: ":").first ?? "")
            if isReserved(host) {
                matches.append(Match(text: text.substring(with: result.range), host: host, form: .url, offset: result.range.location))
            }
        }
        for result in emailPattern.matches(in: value, range: NSRange(location: 0, length: text.length))
            where !covered.contains(where: { NSIntersectionRange($0, result.range).length > 0 }) {
            let host = text.substring(with: result.range(at: 1))
            if isReserved(host) {
                matches.append(Match(text: text.substring(with: result.range), host: host, form: .email, offset: result.range.location))
            }
        }
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if matches.isEmpty, covered.isEmpty, trimmed.contains(".") || trimmed.lowercased() == "localhost",
           domainPattern.firstMatch(in: trimmed, range: NSRange(location: 0, length: (trimmed as NSString).length)) != nil,
           isReserved(trimmed) {
            matches.append(Match(text: trimmed, host: trimmed, form: .domain))
        }
        return matches.sorted { $0.offset < $1.offset }
    }

    /// What the setting holds, in words, for the message and the README list.
    static func description(key: String, match: Match) -> String {
        switch (key, match.form) {
        case ("base_url", _): return "网站的正式网址"
        case (_, .url): return "真实网址"
        case (_, .email): return "真实电子邮箱"
        case (_, .domain): return "真实域名"
        }
    }
}
