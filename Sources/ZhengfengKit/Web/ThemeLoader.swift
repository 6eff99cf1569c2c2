import Foundation

/// Finds the templates for a site: its own `templates/` folder, or the theme built into zhengfeng.
public enum ThemeLoader {
    /// The site's `templates/` if it exists, else the built-in theme.
    public static func directory(siteDirectory: URL) -> (url: URL, display: String) {
        let own = siteDirectory.appendingPathComponent("templates", isDirectory: true).resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: own.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return (own, "templates/")
        }
        return (builtInDirectory, "（内置模板）/")
    }

    /// The default theme shipped inside the binary's resource bundle.
    public static var builtInDirectory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Theme", isDirectory: true)
    }

    static func load(siteDirectory: URL) throws -> TemplateSet {
        let (url, display) = directory(siteDirectory: siteDirectory)
        return try TemplateSet(directory: url, displayPrefix: display)
    }

    /// The theme's `assets/` folder (CSS, images, fonts), copied to `output/assets/`.
    static func assetsDirectory(siteDirectory: URL) -> URL {
        directory(siteDirectory: siteDirectory).url.appendingPathComponent("assets", isDirectory: true)
    }
}
