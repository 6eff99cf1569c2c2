import Foundation

/// The rule for a site's base URL (site.yml `base_url` and `--base-url`): an absolute
/// http or https address with a host, e.g. `https://www.example.gov.cn/lianzheng/`.
/// Every absolute link, the sitemap, the feed and the QR codes are made from it.
public enum BaseURL {
    /// Why `text` cannot be a base URL (plain Chinese, for an editor), or nil when it can.
    public static func problem(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return "不能为空" }
        if trimmed.unicodeScalars.contains(where: { CharacterSet.whitespacesAndNewlines.contains($0) }) {
            return "不能含有空格"
        }
        guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased() else {
            return "缺少开头的 https://（不能只写路径或域名）"
        }
        guard scheme == "http" || scheme == "https" else {
            return "只能以 https:// 或 http:// 开头，现在是“\(scheme):”"
        }
        guard let host = components.host, !host.isEmpty else { return "缺少域名（https:// 之后应是网站域名）" }
        if components.query != nil || components.fragment != nil { return "不能含有 ? 或 #" }
        if components.user != nil || components.password != nil { return "不能含有用户名或密码" }
        return nil
    }

    /// The whole message for a bad base URL, naming where it was written (`base_url` or `--base-url`).
    public static func message(_ text: String, problem: String, setting: String) -> String {
        "\(setting)“\(text)”不可用：\(problem)。请写成完整网址，例如 https://www.example.gov.cn/lianzheng/。"
    }
}
