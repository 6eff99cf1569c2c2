import Foundation

/// Site-wide settings: the reporting channels that print and QR codes need, and the section
/// names that site.yml refers to. (site.yml syntax, required keys, slugs and duplicate URLs
/// are reported while loading.)
public enum SiteCheck {
    public static func run(content: SiteContent) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let channelsFile = "content/data/channels.yml"
        if !content.configTexts.contains(where: { $0.file == channelsFile }) {
            diagnostics.append(.warning("CHANNELS_FILE_MISSING",
                                        "缺少举报途径文件 content/data/channels.yml。网站、印刷品和二维码上的举报方式都来自它，请按 docs/content-format.md 填写。",
                                        at: SourceLocation(file: channelsFile)))
        }
        if case .array(let list)? = content.data.first(where: { $0.name == "channels" })?.value["channels"], list.isEmpty {
            diagnostics.append(.warning("CHANNELS_EMPTY",
                                        "channels.yml 中一个举报途径也没有。请至少填写网络、电话、来信、来访中的一种。",
                                        at: SourceLocation(file: channelsFile)))
        }
        for channel in content.channels {
            switch channel.kind {
            case .online:
                for (key, url) in [("url", channel.url), ("province_url", channel.provinceURL)] where !url.isEmpty {
                    let components = URLComponents(string: url)
                    guard ["http", "https"].contains(components?.scheme ?? ""), components?.host?.isEmpty == false else {
                        diagnostics.append(.error("CHANNEL_URL",
                                                  "举报途径“\(channel.name)”的 \(key)“\(url)”不是完整网址，二维码无法生成。请写成 https://www.12388.gov.cn/ 这样的形式。",
                                                  at: channel.location))
                        continue
                    }
                }
            case .phone:
                let allowed = CharacterSet(charactersIn: "0123456789()（）-+ ")
                if channel.number.unicodeScalars.contains(where: { !allowed.contains($0) }) || !channel.number.contains(where: \.isNumber) {
                    diagnostics.append(.error("CHANNEL_NUMBER",
                                              "举报途径“\(channel.name)”的 number“\(channel.number)”不是电话号码。number 只写数字（可带区号和连字符），例如 12388；印刷格式写在 display。",
                                              at: channel.location))
                }
            case .letter, .visit:
                break
            }
        }
        diagnostics += outputCollisions(content)
        let folders = Set(content.sections.keys)
        let named = content.config.nav.map { ("nav", $0) } + content.config.features.map { ("features", $0) }
            + [("latest_section", content.config.latestSection)]
        for (key, folder) in named where !folders.contains(folder) {
            if key == "latest_section" && folder == "news" && content.config.raw["latest_section"] == nil { continue }
            var message = "site.yml 的 \(key) 中的栏目“\(folder)”不存在（content 下没有这个文件夹）。"
            if let suggestion = KeySuggestion.closest(to: folder, among: Array(folders.filter { !$0.isEmpty })) {
                message += "是不是想写“\(suggestion)”？"
            }
            diagnostics.append(.warning("CONFIG_SECTION_MISSING", message, at: location(ofKey: key, in: content)))
        }
        return diagnostics
    }

    /// Files zhengfeng writes itself at the top of the output, and top-level folders it owns.
    static let reservedFiles: Set<String> = ["index.html", "404.html", "sitemap.xml", "feed.xml", "robots.txt"]
    /// Top-level output folders zhengfeng writes itself, with what they hold (for the message).
    static let reservedFolders: [String: String] = [
        "assets": "样式和图片", "print": "印刷品", "search": "全站搜索页", "site-index": "全站索引页",
        ScopeCheckContext.folder: "“归不归纪委监委管？”自查页",
    ]

    /// Content that would land on the same output path as a page or as zhengfeng's own files.
    static func outputCollisions(_ content: SiteContent) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // Keys as a case-insensitive server compares paths (`ContentFileName.collisionKey`).
        var pageFiles: [String: String] = [:]
        for page in content.pages.values { pageFiles[ContentFileName.collisionKey(page.urlPath + "index.html")] = page.sourcePath }
        var staticOwners: [String: String] = [:]
        for file in content.staticFiles {
            let key = ContentFileName.collisionKey(file)
            if let owner = pageFiles[key] {
                diagnostics.append(.error("URL_DUPLICATE",
                                          "这个文件发布后的位置与页面 \(owner) 相同，会互相覆盖。请改文件名或移到别的文件夹。",
                                          at: SourceLocation(file: "content/" + file)))
            } else if let other = staticOwners[key] {
                diagnostics.append(.error("URL_DUPLICATE",
                                          "这个文件与 content/\(other) 的网址只差大小写或文字的编码写法，在不区分大小写的服务器（如 Windows/IIS）上是同一个文件，会互相覆盖。请删除或改名其中一个。",
                                          at: SourceLocation(file: "content/" + file)))
            } else if reservedFiles.contains(file) {
                diagnostics.append(.error("URL_DUPLICATE",
                                          "文件名 \(file) 是 zhengfeng 自己生成的文件，放在 content 最上层会被覆盖。请改名或移到栏目文件夹中。",
                                          at: SourceLocation(file: "content/" + file)))
            }
            if staticOwners[key] == nil { staticOwners[key] = file }
        }
        // Compared as a case-insensitive server compares paths: Search/ is search/ there.
        for folder in content.sections.keys.sorted() where !folder.contains("/") {
            guard let use = reservedFolders[ContentFileName.collisionKey(folder)] else { continue }
            diagnostics.append(.error("URL_DUPLICATE",
                                      "栏目文件夹名“\(folder)”是保留名称（网站的 \(folder.lowercased())/ 用于\(use)），里面的页面会和它互相覆盖。请换一个文件夹名。",
                                      at: SourceLocation(file: "content/" + folder)))
        }
        return diagnostics
    }

    /// The line of a top-level key in site.yml (for settings that are checked after loading).
    static func location(ofKey key: String, in content: SiteContent) -> SourceLocation {
        let file = "content/site.yml"
        guard let text = content.configTexts.first(where: { $0.file == file })?.text else { return SourceLocation(file: file) }
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.hasPrefix(key + ":") { return SourceLocation(file: file, line: number, column: 1) }
        }
        return SourceLocation(file: file)
    }
}
