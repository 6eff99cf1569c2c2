import Foundation

/// No personal data in the published text: resident ID numbers, mobile numbers, bank card
/// numbers and personal e-mail addresses are errors wherever they appear in a page (front
/// matter and body, drafts and internal pages too), in site.yml or in a data file, unless
/// the value is allowed (see `PrivacyAllowList`).
public enum PrivacyCheck {
    public static func run(content: SiteContent) -> [Diagnostic] {
        let siteAllow = PrivacyAllowList.forSite(content)
        var diagnostics: [Diagnostic] = []
        for source in content.configTexts {
            diagnostics += scan(source.text, file: source.file, firstLine: 1, allow: siteAllow)
        }
        let pages = content.pages.keys.sorted().map { content.pages[$0]! }
        diagnostics += ParallelMap.map(pages) { page -> [Diagnostic] in
            let allow = siteAllow.adding(page.frontMatter.privacyAllow)
            return scan(page.frontMatterText, file: page.sourcePath, firstLine: 2, allow: allow)
                + scan(page.body, file: page.sourcePath, firstLine: page.bodyLineOffset + 1, allow: allow)
        }.flatMap { $0 }
        return diagnostics
    }

    /// Scans `text`, whose first line is line `firstLine` of `file`. Lines are split at
    /// UTF-8 newlines, except inside CR LF (one character, as `Character` splitting does).
    static func scan(_ text: String, file: String, firstLine: Int, allow: PrivacyAllowList) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var text = text
        text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else {
                return
            }
            var lineNumber = firstLine
            var lineStart = 0
            var searchFrom = 0
            while lineStart <= utf8.count {
                var lineEnd = utf8.count
                if searchFrom < utf8.count, let found = memchr(base + searchFrom, 0x0A, utf8.count - searchFrom) {
                    lineEnd = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if lineEnd > 0 && utf8[lineEnd - 1] == UInt8(ascii: "\r") {
                        searchFrom = lineEnd + 1
                        continue
                    }
                }
                let line = UnsafeBufferPointer(rebasing: utf8[lineStart..<lineEnd])
                for finding in PersonalDataScanner.scan(utf8: line) where !allow.allows(finding) {
                    diagnostics.append(diagnostic(for: finding, at: SourceLocation(file: file, line: lineNumber, column: finding.column)))
                }
                lineNumber += 1
                lineStart = lineEnd + 1
                searchFrom = lineStart
            }
        }
        return diagnostics
    }

    static let allowHint = "如确需公开（例如单位对外公布的电话或邮箱），请在本页设置区加 privacy_allow: [\"这个值\"]，或在 site.yml 的 privacy_allow 中列出。"

    static func diagnostic(for finding: PersonalDataScanner.Finding, at location: SourceLocation) -> Diagnostic {
        let shown = masked(finding)
        switch finding.kind {
        case .residentID:
            return .error("PRIVACY_ID_NUMBER",
                          "这里有居民身份证号码（\(shown)）。网站和印刷品不得公布身份证号码，请删除，或只写“***”。" + allowHint,
                          at: location)
        case .mobile:
            return .error("PRIVACY_MOBILE",
                          "这里有手机号码（\(shown)）。不得公布举报人、当事人等个人的手机号码，请删除；对外公布的举报电话请写 12388。" + allowHint,
                          at: location)
        case .bankCard:
            return .error("PRIVACY_BANK_CARD",
                          "这里像是银行卡号（\(shown)）。不得公布个人银行卡号，请删除。" + allowHint,
                          at: location)
        case .email where PrivacyAllowList.looksPersonal(finding.value):
            return .error("PRIVACY_EMAIL",
                          "这里有个人电子邮箱（\(shown)）。不得公布个人邮箱，请删除。" + allowHint,
                          at: location)
        case .email:
            return .warning("PRIVACY_EMAIL_UNLISTED",
                            "这里有电子邮箱（\(shown)），它不在公开邮箱名单中。如果这是单位对外公开的邮箱，请把它加入 site.yml 的 privacy_allow；如果是个人邮箱，请删除。",
                            at: location)
        }
    }

    /// The value with its middle hidden, so the message itself does not repeat the data.
    static func masked(_ finding: PersonalDataScanner.Finding) -> String {
        let characters = Array(finding.value)
        if finding.kind == .email, let at = characters.firstIndex(of: "@") {
            return String(characters.prefix(min(2, at))) + "***" + String(characters[at...])
        }
        let head = finding.kind == .mobile ? 3 : 4
        let tail = 4
        guard characters.count > head + tail else { return String(characters) }
        return String(characters.prefix(head)) + String(repeating: "*", count: characters.count - head - tail)
            + String(characters.suffix(tail))
    }
}

/// Values the privacy check lets through: 12388 in any area-code form, every value in
/// data/channels.yml, site.yml `privacy_allow`, and a page's own `privacy_allow`.
/// Numbers are compared by their digits only, e-mail addresses without case.
struct PrivacyAllowList: Sendable {
    var numbers: Set<String> = []
    var emails: Set<String> = []

    static func forSite(_ content: SiteContent) -> PrivacyAllowList {
        var list = PrivacyAllowList()
        list.add(content.config.privacyAllow)
        list.add([content.config.hotline])
        if let channels = content.data.first(where: { $0.name == "channels" })?.value {
            list.add(scalars(in: channels))
        }
        return list
    }

    func adding(_ values: [String]) -> PrivacyAllowList {
        var copy = self
        copy.add(values)
        return copy
    }

    mutating func add(_ values: [String]) {
        for value in values {
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            if trimmed.contains("@") {
                for finding in PersonalDataScanner.scan(trimmed[...]) where finding.kind == .email { emails.insert(finding.value) }
                emails.insert(trimmed.lowercased())
            }
            let digits = Self.digits(trimmed)
            if !digits.isEmpty { numbers.insert(digits) }
            for finding in PersonalDataScanner.scan(trimmed[...]) where finding.kind != .email { numbers.insert(finding.value) }
        }
    }

    func allows(_ finding: PersonalDataScanner.Finding) -> Bool {
        switch finding.kind {
        case .email:
            return emails.contains(finding.value)
        case .residentID, .mobile, .bankCard:
            let digits = finding.value
            if Self.isHotline(digits) { return true }
            return numbers.contains(digits) || numbers.contains("86" + digits) || numbers.contains("0086" + digits)
        }
    }

    /// 12388 with or without an area code (010-12388, (029)12388, 02912388).
    static func isHotline(_ digits: String) -> Bool {
        digits == "12388" || (digits.hasPrefix("0") && digits.hasSuffix("12388") && (8...9).contains(digits.count))
    }

    /// Free mail services and QQ-number addresses: the mailboxes of private persons.
    static let personalDomains: Set<String> = [
        "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "188.com", "sina.com", "sina.cn",
        "sohu.com", "139.com", "189.cn", "wo.cn", "aliyun.com", "tom.com", "21cn.com", "gmail.com",
        "hotmail.com", "outlook.com", "live.com", "yahoo.com", "icloud.com", "me.com", "msn.com",
    ]

    static func looksPersonal(_ email: String) -> Bool {
        guard let at = email.firstIndex(of: "@") else { return true }
        let local = email[..<at]
        let domain = String(email[email.index(after: at)...])
        return personalDomains.contains(domain) || local.allSatisfy(\.isNumber)
    }

    static func digits(_ text: String) -> String {
        String(text.unicodeScalars.compactMap { scalar -> Character? in
            switch scalar.value {
            case 0x30...0x39: return Character(scalar)
            case 0xFF10...0xFF19: return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            default: return nil
            }
        })
    }

    static func scalars(in value: YAMLValue) -> [String] {
        switch value {
        case .array(let items): return items.flatMap(scalars)
        case .mapping(let pairs): return pairs.flatMap { scalars(in: $0.value) }
        default: return value.text.map { [$0] } ?? []
        }
    }
}
